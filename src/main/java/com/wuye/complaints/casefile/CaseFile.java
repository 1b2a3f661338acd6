package com.wuye.complaints.casefile;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The case file 投诉档案 of a task's complaint: its story and its relatives. Every name and phone in it
 * is masked (R-CUST-5); the full contact is read, logged, through the task's contact endpoint. Its
 * parts are named CaseFile… in the API document, apart from the complaint detail's.
 */
record CaseFile(
    String complaintNo,
    String status,
    String severity,
    String category,
    String community,
    String building,
    String unit,
    String room,
    Person complainant,
    String description,
    Instant receivedAt,
    List<Step> timeline,
    List<SeverityStep> severityHistory,
    SameIssue sameIssue,
    List<Related> earlierOfUnit,
    List<Related> earlierOfPhone,
    String escalationLevel,
    List<Waiting> waitingPeriods,
    List<WorkContact> workContactOrders,
    @Schema(
            description =
                "处理中派出的维修单（派工单号、状态、时限） / the repair orders issued from the handling step: "
                    + "slip number, status and deadlines (R-REP-1)")
        List<RepairOrder> repairOrders,
    @Schema(
            description =
                "被投诉员工的账号（投诉针对某位员工时）；此人不得办理本投诉的任何任务 / the user id of the staff "
                    + "member the complaint is about, if any; they may not work any of its tasks (R-RESP, R-VISIT-1)")
        String namedStaff,
    @Schema(
            description =
                "R-SEV-IMPORTANT 二次投诉：本投诉所重复的原投诉编号（受理时填写，或核实确认的提议） / the complaint this one "
                    + "repeats (typed at intake, or a confirmed proposal)")
        String repeatOf,
    @Schema(
            description =
                "R-SEV-IMPORTANT 受理时系统提议的疑似二次投诉及核实结论（无提议时为空） / the intake's proposal that this "
                    + "repeats an earlier handled complaint of the unit and category, and the verifier's decision")
        RepeatProposal repeatProposal) {

  /**
   * R-SEV-IMPORTANT: the earlier complaint proposed as repeated, how it matched (UNIT, HOUSEHOLD),
   * and the decision (PROPOSED until the verifier confirms or rejects it).
   */
  @Schema(name = "CaseFileRepeatProposal")
  record RepeatProposal(
      String proposedOf,
      String matchedBy,
      Instant proposedAt,
      String status,
      String decidedBy,
      Instant decidedAt,
      String reason) {}

  /** A complainant as staff see them without a calling step: 张* / 137****5678. */
  @Schema(name = "CaseFilePerson")
  record Person(String name, String phone) {}

  /** R-LOOP: one step of the complaint's timeline — what, who, when, notes. */
  @Schema(name = "CaseFileStep")
  record Step(String type, String actor, String detail, Instant at) {}

  @Schema(name = "CaseFileSeverityStep")
  record SeverityStep(String from, String to, String reason, String changedBy, Instant changedAt) {}

  /**
   * R-SEV-HOT: the other complaints of the issue 同一事件, and how many people raised it, this one
   * included.
   */
  @Schema(name = "CaseFileSameIssue")
  record SameIssue(long complainants, List<Related> complaints) {}

  @Schema(name = "CaseFileRelated")
  record Related(
      String complaintNo,
      String status,
      String severity,
      String category,
      String place,
      Person complainant,
      Instant receivedAt,
      Instant closedAt) {}

  /**
   * R-SEV-MAJOR/HOT: a period the complaint waited on the complainant or a third party; its time
   * does not count toward the age or the handling deadline. endedAt null: still waiting.
   */
  @Schema(name = "CaseFileWaiting")
  record Waiting(
      String on,
      String reason,
      String startedBy,
      Instant startedAt,
      String endedBy,
      Instant endedAt) {}

  /** R-RESP: a work-contact order 工作联系单 to a specialist department, and its result. */
  @Schema(name = "CaseFileWorkContact")
  record WorkContact(
      String department,
      String request,
      String raisedBy,
      Instant raisedAt,
      Instant dueAt,
      String doneBy,
      Instant doneAt,
      String result) {}

  /**
   * R-REP-1: a repair order 派工单 the handler issued from the complaint: its slip number, whether it
   * is still open and at which step, and the deadlines the repair-order model set so far (arrival
   * R-REP-2, fix R-REP-3, return visit R-VISIT-4; null until set).
   */
  @Schema(name = "CaseFileRepairOrder")
  record RepairOrder(
      String orderNo,
      @Schema(description = "OPEN / CLOSED") String status,
      String openStep,
      String kind,
      boolean emergency,
      String issuedBy,
      Instant issuedAt,
      Instant arrivalDue,
      Instant fixDue,
      Instant returnVisitDue) {}
}
