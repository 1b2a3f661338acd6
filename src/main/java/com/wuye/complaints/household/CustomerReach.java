package com.wuye.complaints.household;

import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.support.PathReach;
import org.springframework.context.annotation.Configuration;

/**
 * Issue 16: every {@code /api/customers/{id}…} operation (read, change, VIP card, renewal,
 * revocation, replacement) reaches only a person living in one of the caller's communities ({@link
 * CommunityScope}); anyone else's is "not found", as an unknown id is. Searches and new entries are
 * narrowed in {@link CustomerApiController}.
 */
@Configuration
class CustomerReach extends PathReach {

  private final CustomerRepository customers;
  private final CommunityScope communities;

  CustomerReach(CustomerRepository customers, CommunityScope communities) {
    super("id", "/api/customers/*", "/api/customers/*/**");
    this.customers = customers;
    this.communities = communities;
  }

  @Override
  protected void requireReachable(String id) {
    if (!id.matches("\\d{1,18}")) {
      return;
    }
    long customer = Long.parseLong(id);
    customers
        .located(customer)
        .ifPresent(
            found -> {
              if (!communities.ofCaller().includes(found.community())) {
                throw CustomerRegister.unknown(customer);
              }
            });
  }
}
