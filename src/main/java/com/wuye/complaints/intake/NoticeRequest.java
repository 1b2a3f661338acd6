package com.wuye.complaints.intake;

import com.wuye.complaints.notification.NoticeChannel;

/** R-LOOP how the complainant wants to be told, from the intake: a channel, or not at all. */
record NoticeRequest(NoticeChannel channel, boolean optOut) {}
