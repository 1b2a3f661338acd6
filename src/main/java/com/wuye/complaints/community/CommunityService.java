package com.wuye.complaints.community;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CommunityService {

  private final CommunityRepository communities;

  CommunityService(CommunityRepository communities) {
    this.communities = communities;
  }

  @Transactional(readOnly = true)
  public boolean exists(String code) {
    return code != null && communities.existsById(code);
  }

  @Transactional(readOnly = true)
  public List<Community> all() {
    return communities.findAll();
  }

  /** Adds the community unless it is there already. */
  @Transactional
  public void ensure(String code, String name) {
    if (!communities.existsById(code)) {
      communities.save(new Community(code, name));
    }
  }
}
