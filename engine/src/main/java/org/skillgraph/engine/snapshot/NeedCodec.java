package org.skillgraph.engine.snapshot;

/** Packs a NEEDS edge (level, importance, essential) into one int payload of the role rows. */
final class NeedCodec {

    private NeedCodec() {}

    static int pack(int level, int importance, boolean essential) {
        return level | importance << 3 | (essential ? 1 : 0) << 6;
    }

    static int level(int packed) {
        return packed & 7;
    }

    static int importance(int packed) {
        return (packed >>> 3) & 7;
    }

    static boolean essential(int packed) {
        return (packed >>> 6) != 0;
    }

    /** A role listing a skill twice needs the stricter of both lines. */
    static int merge(int a, int b) {
        return pack(Math.max(level(a), level(b)), Math.max(importance(a), importance(b)), essential(a) || essential(b));
    }
}
