package com.wuye.complaints.complaint;

import org.springframework.data.jpa.repository.JpaRepository;

interface RepeatProposalRepository extends JpaRepository<RepeatProposal, Long> {}
