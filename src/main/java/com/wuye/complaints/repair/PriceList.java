package com.wuye.complaints.repair;

import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R-REP-4 the price list 维修收费价目表 (table repair_price_item): listed items are charged as listed. */
@Service
class PriceList {

  record Item(
      String code,
      String name,
      String unit,
      BigDecimal labourFee,
      BigDecimal materialFee,
      boolean active) {
    BigDecimal price() {
      return labourFee.add(materialFee);
    }
  }

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  PriceList(JdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<Item> all() {
    return jdbc.query(
        "select * from repair_price_item order by code",
        (rs, n) ->
            new Item(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("unit"),
                rs.getBigDecimal("labour_fee"),
                rs.getBigDecimal("material_fee"),
                rs.getBoolean("active")));
  }

  /** The active items of these codes; an unknown or withdrawn code is refused naming the field. */
  @Transactional(readOnly = true)
  List<Item> listed(List<String> codes, String field) {
    Map<String, Item> byCode =
        all().stream()
            .filter(Item::active)
            .collect(Collectors.toMap(Item::code, Function.identity()));
    List<String> unknown = codes.stream().filter(code -> !byCode.containsKey(code)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(
          FieldError.of(field, "invalid.repair.not-on-price-list", String.join(",", unknown)));
    }
    return codes.stream().map(byCode::get).toList();
  }

  /** Adds an item (POST); its code must be new. */
  @Transactional
  Item add(Item item, String by) {
    if (find(item.code()).isPresent()) {
      throw ApiProblemException.conflict("repair.price-list-already-has-code", item.code());
    }
    jdbc.update(
        "insert into repair_price_item (name, unit, labour_fee, material_fee, active, updated_by, updated_at, code)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        values(item, by));
    return item;
  }

  /** Changes an item (PUT): its name, unit, fees or whether it is offered. */
  @Transactional
  Item change(Item item, String by) {
    int changed =
        jdbc.update(
            "update repair_price_item set name = ?, unit = ?, labour_fee = ?, material_fee = ?, active = ?,"
                + " updated_by = ?, updated_at = ? where code = ?",
            values(item, by));
    if (changed == 0) {
      throw ApiProblemException.notFound("repair.no-price-list-item", item.code());
    }
    return item;
  }

  /**
   * The parameters of an item's insert and update, in the order both statements name them: what may
   * change, who changed it and when, then the code.
   */
  private Object[] values(Item item, String by) {
    return new Object[] {
      item.name(),
      item.unit(),
      item.labourFee(),
      item.materialFee(),
      item.active(),
      by,
      Timestamp.from(clock.now()),
      item.code()
    };
  }

  private Optional<Item> find(String code) {
    return all().stream().filter(item -> item.code().equals(code)).findFirst();
  }
}
