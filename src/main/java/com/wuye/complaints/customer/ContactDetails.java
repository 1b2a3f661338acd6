package com.wuye.complaints.customer;

/** A complainant's name and phone, either in full or masked. */
public record ContactDetails(String name, String phone, boolean masked) {

  public static ContactDetails masked(String name, String phone) {
    return new ContactDetails(PersonalData.maskName(name), PersonalData.maskPhone(phone), true);
  }
}
