package com.wuye.complaints.casefile;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.support.NoStore;
import com.wuye.complaints.support.PlatformApi;
import com.wuye.complaints.tasklist.OwnTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case file 投诉档案 of the complaint of a task of one's own — Tasklist's "投诉档案 Case file" tab. Any
 * step's task has it (R-LOOP: the handler and the return-visit clerk see the complaint's story); a
 * task the engine does not let the caller see is "not found". The complaint is the process's
 * business key, never a variable someone could set. R-CUST-5: names and phones masked.
 */
@PlatformApi
@Tag(name = "tasks", description = "任务 Claim and complete tasks")
class CaseFileController {

  private final OwnTasks ownTasks;
  private final CaseFileService caseFiles;

  CaseFileController(OwnTasks ownTasks, CaseFileService caseFiles) {
    this.ownTasks = ownTasks;
    this.caseFiles = caseFiles;
  }

  @GetMapping("/api/tasks/{taskId}/case-file")
  @Operation(
      summary =
          "任务所属投诉的档案（联系方式已隐去部分） The case file of the task's complaint: timeline, severity "
              + "changes, same-issue complaints, earlier complaints of the unit and the phone (contact masked)")
  ResponseEntity<CaseFile> caseFile(
      @PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId) {
    Complaint complaint = ownTasks.find(taskId).complaint();
    return NoStore.ok(caseFiles.of(complaint));
  }
}
