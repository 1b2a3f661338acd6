package com.wuye.complaints.community;

import static com.wuye.complaints.support.PlainText.strippedOrNull;

import com.wuye.complaints.identity.CommunityTenants;
import com.wuye.complaints.support.ApiProblemException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CommunityService {

  private final CommunityRepository communities;
  private final CommunityTenants tenants;

  CommunityService(CommunityRepository communities, CommunityTenants tenants) {
    this.communities = communities;
    this.tenants = tenants;
  }

  /**
   * Whether a complaint may name this community: it exists and is active. The one definition both
   * intake edges (the API and the Tasklist intake form) use; an inactive community is refused
   * exactly like an unknown one.
   */
  @Transactional(readOnly = true)
  public boolean exists(String code) {
    return code != null && communities.existsByCodeAndActiveTrue(code);
  }

  /** Every community, inactive ones too, by code. */
  @Transactional(readOnly = true)
  public List<Community> all() {
    return communities.findAllByOrderByCode();
  }

  @Transactional(readOnly = true)
  public List<Community> active() {
    return communities.findByActiveTrueOrderByCode();
  }

  @Transactional(readOnly = true)
  public Optional<Community> find(String code) {
    return code == null ? Optional.empty() : communities.findById(code);
  }

  /** Adds the community unless it is there already. */
  @Transactional
  public void ensure(String code, String name) {
    if (!communities.existsById(code)) {
      communities.save(new Community(code, name));
    }
    tenants.ensure(code, name);
  }

  /**
   * The demo's communities: added when missing, their address and households filled in when still
   * empty.
   */
  @Transactional
  public void ensure(String code, String name, String address, int households) {
    Community community =
        communities.findById(code).orElseGet(() -> communities.save(new Community(code, name)));
    if (community.getAddress() == null) {
      community.setAddress(address);
    }
    if (community.getHouseholds() == null) {
      community.setHouseholds(households);
    }
    tenants.ensure(code, community.getName());
  }

  /** A new community, active; 409 when the code is taken (also by a concurrent request). */
  @Transactional
  public Community create(String code, String name, String address, Integer households) {
    if (communities.existsById(code)) {
      throw duplicate(code);
    }
    try {
      communities.insert(code, name, strippedOrNull(address), households);
    } catch (DataIntegrityViolationException e) {
      throw duplicate(code);
    }
    // issue 16: the community's tenant, so its complaints and repairs are its staff's alone
    tenants.ensure(code, name);
    return communities.findById(code).orElseThrow();
  }

  /** Changes the fields given (null: unchanged; an empty address clears it). 404 when unknown. */
  @Transactional
  public Community change(
      String code, String name, String address, Integer households, Boolean active) {
    Community community = find(code).orElseThrow(() -> unknown(code));
    if (name != null) {
      community.setName(name);
    }
    if (address != null) {
      community.setAddress(strippedOrNull(address));
    }
    if (households != null) {
      community.setHouseholds(households);
    }
    if (active != null) {
      community.setActive(active);
    }
    return community;
  }

  static ApiProblemException unknown(String code) {
    return ApiProblemException.notFound("community.no-community-code", code);
  }

  private static ApiProblemException duplicate(String code) {
    return ApiProblemException.conflict("community.community-code-exists-already", code);
  }
}
