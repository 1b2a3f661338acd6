package com.wuye.complaints.handling;

/** How the complainant was told the result. */
enum FeedbackMethod {
  PHONE,
  VISIT,
  LETTER,
  APP_MESSAGE
}
