package com.wuye.complaints.household;

import com.wuye.complaints.support.DemoSeed;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's customer register: 620 households in 华苑小区 and 380 in 锦湖花园 (the counts the
 * communities' master data gives, so the complaint rate has a realistic denominator), each with one
 * or two persons, generated from a fixed seed so every demo start shows the same people. Only when
 * the register is empty, and only in the demo profile, in the background after the application is
 * ready (support/DemoSeeding; DemoData has added the communities before).
 */
@Component
@Profile("demo")
@Order(31)
class DemoRegister implements DemoSeed {

  private static final String[] FAMILY = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞",
    "平", "刚", "桂英", "建华", "志强"
  };
  private static final List<String> TYPES =
      List.of(
          "SINGLE_DINK",
          "DUAL_DINK",
          "COUPLE_WITH_CHILDREN",
          "SINGLE_PARENT",
          "MATURE_FAMILY",
          "EMPTY_NEST",
          "OLDER_SINGLE",
          "ACTIVE_SENIOR");

  private final CustomerRegister register;

  DemoRegister(CustomerRegister register) {
    this.register = register;
  }

  @Override
  public String name() {
    return "the customer register (1,000 households)";
  }

  @Override
  public void seed() {
    if (register.count() > 0) {
      return;
    }
    Random random = new Random(16);
    int[] phone = {0};
    fill("huayuan", 5, 31, random, phone);
    fill("jinhu", 5, 19, random, phone);
  }

  /**
   * Buildings 1..n of {@code floors} floors, units 1–2, rooms 01–02 a floor → 4 × floors households
   * a building.
   */
  private void fill(String community, int buildings, int floors, Random random, int[] phone) {
    for (int building = 1; building <= buildings; building++) {
      for (int unit = 1; unit <= 2; unit++) {
        for (int floor = 1; floor <= floors; floor++) {
          for (int room = 1; room <= 2; room++) {
            String type = TYPES.get(random.nextInt(TYPES.size()));
            String family = FAMILY[random.nextInt(FAMILY.length)];
            CustomerCategory category = category(random.nextInt(100));
            person(
                community,
                building,
                unit,
                floor * 100 + room,
                family,
                "户主",
                category,
                type,
                random,
                phone);
            if (random.nextInt(3) == 0) {
              person(
                  community,
                  building,
                  unit,
                  floor * 100 + room,
                  FAMILY[random.nextInt(FAMILY.length)],
                  "配偶",
                  CustomerCategory.C,
                  type,
                  random,
                  phone);
            }
          }
        }
      }
    }
  }

  private void person(
      String community,
      int building,
      int unit,
      int room,
      String family,
      String relation,
      CustomerCategory category,
      String type,
      Random random,
      int[] phone) {
    String name = family + GIVEN[random.nextInt(GIVEN.length)];
    String mobile = "1390016" + String.format("%04d", phone[0]++);
    register.create(
        new CustomerRegister.NewCustomer(
            name,
            mobile,
            null,
            community,
            String.valueOf(building),
            String.valueOf(unit),
            String.valueOf(room),
            relation,
            LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1),
            category,
            reason(category),
            type),
        "demo");
  }

  /** R-CUST-1: mostly ordinary, some loyal, a few VIP and difficult customers. */
  private static CustomerCategory category(int percent) {
    return percent < 3
        ? CustomerCategory.A
        : percent < 20
            ? CustomerCategory.B
            : percent < 95 ? CustomerCategory.C : CustomerCategory.D;
  }

  private static String reason(CustomerCategory category) {
    return switch (category) {
      case A -> "演示：对公司发展有重大贡献 demo: major contributor";
      case B -> "演示：购买两套以上物业 demo: bought two or more properties";
      case C -> null;
      case D -> "演示：多次无效投诉 demo: frequent invalid complaints";
    };
  }
}
