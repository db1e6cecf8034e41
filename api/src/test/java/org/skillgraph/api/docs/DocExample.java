package org.skillgraph.api.docs;

import java.util.List;
import java.util.Optional;

/**
 * A request example of a doc: the curl commands of one ```bash block, run in order, and the answer shown for
 * the last of them, if any. {@code notRunBecause} is set when the doc marks the block with
 * {@code <!-- example: not run, because … -->}; {@code rounded} when it says
 * {@code <!-- example: numbers rounded -->} (the shown numbers are the answer's rounded to the digits shown).
 */
public record DocExample(
        String file, int line, List<Command> commands, ShownAnswer shown, String notRunBecause, boolean rounded) {

    public DocExample {
        commands = List.copyOf(commands);
    }

    /** One command with continuations joined, and the doc line where it starts. */
    public record Command(int line, String text) {}

    public Optional<ShownAnswer> answer() {
        return Optional.ofNullable(shown);
    }

    public boolean runs() {
        return notRunBecause == null;
    }

    /** Where the example sits, for messages: {@code docs/coaches.md:42}. */
    public String where() {
        return file + ":" + line;
    }
}
