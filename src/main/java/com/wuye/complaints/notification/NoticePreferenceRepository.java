package com.wuye.complaints.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticePreferenceRepository extends JpaRepository<NoticePreference, Long> {}
