package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"time", "room", "distribution", "studentConflict", "studentGap", "teacherUndesired",
        "gapToleranceSlots", "roomCapacityIsHard", "roomOverflow", "minWorkingDays", "curriculumCompactness",
        "roomStability", "disruption"})
public record WeightsJson(Integer time, Integer room, Integer distribution, Integer studentConflict, Integer studentGap,
        Integer teacherUndesired, Integer gapToleranceSlots, Boolean roomCapacityIsHard, Integer roomOverflow,
        Integer minWorkingDays, Integer curriculumCompactness, Integer roomStability,
        Integer disruption) {
}
