package com.wuye.complaints.complaint;

import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SEV-IMPORTANT 二次投诉: at intake the most recent earlier complaint of the same unit (as the
 * complaints store community, building, unit and room) or of the register's household, of the same
 * category and handled within the repeat window, is proposed as the one this complaint repeats. The
 * verifier confirms or rejects the proposal; only a confirmed one sets the complaint's repeat_of. A
 * number typed at intake (repeatOf) needs no proposal. Proposal and decision are in the timeline.
 */
@Service
public class RepeatProposals {

  private final ComplaintRepository complaints;
  private final RepeatProposalRepository proposals;
  private final ComplaintEventRepository events;
  private final EngineClock clock;

  RepeatProposals(
      ComplaintRepository complaints,
      RepeatProposalRepository proposals,
      ComplaintEventRepository events,
      EngineClock clock) {
    this.complaints = complaints;
    this.proposals = proposals;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Proposes the earlier complaint, if there is one; once per complaint.
   *
   * @param window the repeat window (decision repeat-window): how long ago the earlier complaint
   *     may have been handled
   * @return the proposed earlier complaint's number
   */
  @Transactional
  public Optional<String> propose(long complaintId, Duration window) {
    Complaint complaint = complaints.findById(complaintId).orElseThrow();
    if (complaint.getRepeatOf() != null || proposals.existsById(complaintId)) {
      return Optional.empty();
    }
    Instant now = clock.now();
    Instant since = now.minus(window);
    Stream<Match> ofUnit =
        complaints
            .findHandledOfUnit(
                complaint.getCommunityCode(),
                complaint.getBuilding(),
                complaint.getUnit() == null ? "" : complaint.getUnit(),
                complaint.getRoom() == null ? "" : complaint.getRoom(),
                complaint.getCategory(),
                complaintId,
                since,
                now)
            .stream()
            .map(c -> new Match(c, RepeatProposal.MatchedBy.UNIT));
    Stream<Match> ofHousehold =
        complaints
            .findHandledOfHousehold(complaint.getCategory().name(), complaintId, since, now)
            .stream()
            .map(c -> new Match(c, RepeatProposal.MatchedBy.HOUSEHOLD));
    Optional<Match> latest =
        Stream.concat(ofUnit, ofHousehold)
            .max(
                Comparator.comparing((Match m) -> m.earlier().getHandling().at())
                    .thenComparing(m -> m.earlier().getId()));
    latest.ifPresent(
        match -> {
          proposals.save(new RepeatProposal(complaintId, match.earlier(), match.by(), now));
          events.save(
              new ComplaintEvent(
                  complaintId,
                  ComplaintEventType.REPEAT_PROPOSED,
                  "system",
                  "R-SEV-IMPORTANT 疑似二次投诉，待核实确认 proposed as a repeat of "
                      + match.earlier().getComplaintNo()
                      + " (same "
                      + match.by().name().toLowerCase(java.util.Locale.ROOT)
                      + " and category, handled "
                      + match.earlier().getHandling().at()
                      + ")",
                  now));
        });
    return latest.map(match -> match.earlier().getComplaintNo());
  }

  /** The complaint's proposal, if the intake made one. */
  @Transactional(readOnly = true)
  public Optional<RepeatProposal> of(long complaintId) {
    return proposals.findById(complaintId);
  }

  /**
   * The verifier's decision. A confirmed proposal makes the complaint a repeat of the earlier one
   * (repeat_of); a rejected one leaves it as it was. A proposal is decided once (409 after).
   */
  @Transactional
  public RepeatProposal decide(long complaintId, boolean confirmed, String user, String reason) {
    RepeatProposal proposal =
        proposals
            .findById(complaintId)
            .orElseThrow(
                () ->
                    ApiProblemException.conflict("complaint.intake-proposed-no-earlier-complaint"));
    if (proposal.getStatus() != RepeatProposal.Status.PROPOSED) {
      throw ApiProblemException.conflict(
          "complaint.repeat-proposal-was-already-decided", proposal.getStatus());
    }
    Instant now = clock.now();
    Complaint complaint = complaints.findById(complaintId).orElseThrow();
    proposal.decide(
        confirmed ? RepeatProposal.Status.CONFIRMED : RepeatProposal.Status.REJECTED,
        user,
        reason,
        now);
    if (confirmed) {
      complaint.repeats(proposal.getProposedOfNo());
    }
    events.save(
        new ComplaintEvent(
            complaintId,
            confirmed ? ComplaintEventType.REPEAT_CONFIRMED : ComplaintEventType.REPEAT_REJECTED,
            user,
            (confirmed
                    ? "R-SEV-IMPORTANT 核实确认为二次投诉 confirmed as a repeat of "
                    : "R-SEV-IMPORTANT 核实否定二次投诉 rejected as a repeat of ")
                + proposal.getProposedOfNo()
                + ": "
                + reason,
            now));
    return proposal;
  }

  private record Match(Complaint earlier, RepeatProposal.MatchedBy by) {}
}
