package com.wuye.complaints.casebook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * R-KPI-2 a case of the case library 案例库: what a closed complaint taught, without personal data.
 */
@Schema(description = "案例 R-KPI-2 a case of the case library")
record ComplaintCase(
    long id,
    String complaintNo,
    @Schema(description = "category code, e.g. CLEANING") String category,
    @Schema(description = "community code") String community,
    @Schema(description = "标题") String title,
    @Schema(description = "原因") String cause,
    @Schema(description = "处理经过") String handling,
    @Schema(description = "经验教训") String lessons,
    Instant writtenAt) {}
