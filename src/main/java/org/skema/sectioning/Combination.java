package org.skema.sectioning;

import java.util.List;
import org.skema.model.Config;
import org.skema.model.Section;

/**
 * One valid way to take a course: one config, one section of each of its subparts, every section's
 * parent among them (ITC 2019 §5.5). Sections in parents-first order.
 */
public record Combination(Config config, List<Section> sections) {

    public Combination {
        sections = List.copyOf(sections);
    }

    public boolean containsAll(List<Section> required) {
        return sections.containsAll(required);
    }
}
