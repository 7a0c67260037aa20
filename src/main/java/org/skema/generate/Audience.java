package org.skema.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Students who must be able to attend every section of theirs: a lecture stream and, below it, its
 * class groups (or an elective and its exercise groups). A section clashes with the sections of its
 * own audience, of the audience above and of the audiences below, never with a sibling audience.
 */
final class Audience {
    private final String key;
    private final Audience parent;
    private final List<Audience> children = new ArrayList<>();

    Audience(String key, Audience parent) {
        this.key = key;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** This audience, the one above it and the ones below it. */
    List<Audience> related() {
        List<Audience> related = new ArrayList<>(children.size() + 2);
        related.add(this);
        if (parent != null) {
            related.add(parent);
        }
        related.addAll(children);
        return related;
    }

    @Override
    public String toString() {
        return key;
    }
}
