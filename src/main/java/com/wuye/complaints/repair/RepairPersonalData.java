package com.wuye.complaints.repair;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's data rights over their repair requests (R-CUST-5, PIPL): the repair orders made from
 * their phones, and on erasure the requester's name and phone replaced, every other field kept.
 */
@Service
public class RepairPersonalData {

  /** A repair order's fields that are not the requester's contact. */
  public record RepairOfPerson(
      String orderNo,
      java.time.Instant requestedAt,
      String kind,
      String facility,
      String community,
      String building,
      String unit,
      String room,
      String description) {}

  private final NamedParameterJdbcTemplate jdbc;

  RepairPersonalData(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<RepairOfPerson> ofPhones(Collection<String> phones) {
    if (phones.isEmpty()) {
      return List.of();
    }
    return jdbc.query(
        "select order_no, requested_at, kind, facility_type, community_code, building, unit, room, description "
            + "from repair_order where requester_phone in (:phones) order by id",
        Map.of("phones", phones),
        (rs, n) ->
            new RepairOfPerson(
                rs.getString(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9)));
  }

  /**
   * Replaces the requester's name and phone of the orders made from these phones; returns how many.
   */
  @Transactional
  public int anonymise(Collection<String> phones, String name, String phone) {
    if (phones.isEmpty()) {
      return 0;
    }
    return jdbc.update(
        "update repair_order set requester_name = :name, requester_phone = :phone where requester_phone in (:phones)",
        Map.of("name", name, "phone", phone, "phones", phones));
  }
}
