package org.skillgraph.engine.snapshot;

import java.util.Optional;

/**
 * The modules of a {@link CurriculumSnapshot} by int index (id order), with their TEACHES and ASSUMES rows
 * and, per skill index, the modules teaching it in order of hours, then id. Allocation-free, for planners.
 */
public final class ModuleCatalog {

    private final SnapshotTables.Modules modules;

    ModuleCatalog(SnapshotTables.Modules modules) {
        this.modules = modules;
    }

    /** Number of modules of any status; valid indices are {@code 0 .. moduleCount() - 1}. */
    public int moduleCount() {
        return modules.infos().length;
    }

    /** The index of module {@code id}, or -1 when unknown. */
    public int moduleIndex(String id) {
        return modules.ids().indexOf(id);
    }

    public ModuleInfo module(int module) {
        return modules.infos()[module];
    }

    public Optional<ModuleInfo> module(String id) {
        int module = moduleIndex(id);
        return module < 0 ? Optional.empty() : Optional.of(module(module));
    }

    /** Number of skills {@code module} teaches. */
    public int teachesCount(int module) {
        return modules.teaches().degree(module);
    }

    /** Skill index of the {@code k}-th skill {@code module} teaches. */
    public int teachesSkill(int module, int k) {
        return modules.teaches().target(modules.teaches().start(module) + k);
    }

    /** Level completing {@code module} brings its {@code k}-th taught skill to. */
    public int teachesLevel(int module, int k) {
        return modules.teaches().value(modules.teaches().start(module) + k);
    }

    /** Number of entry requirements of {@code module}. */
    public int assumesCount(int module) {
        return modules.assumes().degree(module);
    }

    public int assumesSkill(int module, int k) {
        return modules.assumes().target(modules.assumes().start(module) + k);
    }

    public int assumesLevel(int module, int k) {
        return modules.assumes().value(modules.assumes().start(module) + k);
    }

    /** Number of modules (any status) teaching skill index {@code skill}. */
    public int teacherCount(int skill) {
        return modules.taughtBy().degree(skill);
    }

    /** The {@code k}-th module teaching {@code skill}, in order of hours, then id. */
    public int teacher(int skill, int k) {
        return modules.taughtBy().target(modules.taughtBy().start(skill) + k);
    }

    /** The level the {@code k}-th teacher of {@code skill} brings it to. */
    public int teacherLevel(int skill, int k) {
        return modules.taughtBy().value(modules.taughtBy().start(skill) + k);
    }
}
