package com.wuye.complaints.intake;

import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.customer.ContactDetailsService;
import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.ApiProblemHandler;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.MethodValidationInterceptor;

/**
 * The intake API's refusals in the language the client asks for: Accept-Language zh → Chinese, en →
 * English, none → Chinese with the English beside it (docs/api.md, "Errors"). The controller, the
 * query that finds no complaint and the advice are the real ones; only the database and the engine
 * behind them are stand-ins that find nothing.
 */
class ComplaintApiProblemsTest {

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    ComplaintQueries queries =
        new ComplaintQueries(
            mock(ComplaintService.class),
            mock(ContactDetailsService.class),
            mock(TaskService.class),
            mock(CurrentUser.class),
            mock(CommunityScope.class));
    // as in the application, the class-level @Validated checks path and header parameters
    ProxyFactory validated =
        new ProxyFactory(
            new ComplaintApiController(
                mock(ComplaintIntake.class), queries, mock(FactsIntake.class)));
    validated.setProxyTargetClass(true);
    validated.addAdvice(new MethodValidationInterceptor());
    mvc =
        MockMvcBuilders.standaloneSetup(validated.getProxy())
            .setControllerAdvice(new ApiProblemHandler())
            .build();
  }

  private static MockHttpServletRequestBuilder broken() {
    return post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content("{\"channel\":");
  }

  private static MockHttpServletRequestBuilder emptyComplaint() {
    return post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content("{}");
  }

  @Test
  @DisplayName("an incomplete complaint, asked in Chinese: title, detail and fields in Chinese")
  void intakeValidationInChinese() throws Exception {
    mvc.perform(emptyComplaint().header("Accept-Language", "zh-CN,zh;q=0.9"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("about:blank"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.title").value("输入有误"))
        .andExpect(jsonPath("$.detail").value("请更正标出的字段"))
        .andExpect(jsonPath("$.errors[?(@.field == 'channel')].message").value("渠道必填"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'channel')].messageEn").value("channel is required"));
  }

  @Test
  @DisplayName("an incomplete complaint, asked in English: title, detail and fields in English")
  void intakeValidationInEnglish() throws Exception {
    mvc.perform(emptyComplaint().header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("Invalid input"))
        .andExpect(jsonPath("$.detail").value("correct the fields listed"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'channel')].message").value("channel is required"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'channel')].messageEn").value("channel is required"));
  }

  @Test
  @DisplayName("an incomplete complaint, no Accept-Language: Chinese first, English beside it")
  void intakeValidationWithoutALanguage() throws Exception {
    mvc.perform(emptyComplaint())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("输入有误 Invalid input"))
        .andExpect(jsonPath("$.detail").value("请更正标出的字段 / correct the fields listed"))
        .andExpect(jsonPath("$.errors[?(@.field == 'channel')].message").value("渠道必填"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'channel')].messageEn").value("channel is required"));
  }

  @Test
  @DisplayName("a body that is not JSON: the reader's refusal in the language asked for")
  void unreadableBodyInEachLanguage() throws Exception {
    mvc.perform(broken().header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("the request body could not be read"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.startsWith("malformed JSON")));
    mvc.perform(broken().header("Accept-Language", "zh"))
        .andExpect(jsonPath("$.detail").value("请求体无法读取"))
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("JSON 格式错误")));
  }

  @Test
  @DisplayName("an unknown complaint is a 404 in the language asked for, or in both")
  void unknownComplaintInEachLanguage() throws Exception {
    String path = "/api/complaints/TS-20261122-0001";

    mvc.perform(get(path).header("Accept-Language", "zh-CN"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("找不到"))
        .andExpect(jsonPath("$.detail").value("没有编号为 TS-20261122-0001 的投诉"));
    mvc.perform(get(path).header("Accept-Language", "en-GB"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.title").value("Not found"))
        .andExpect(jsonPath("$.detail").value("no complaint numbered TS-20261122-0001"));
    mvc.perform(get(path))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.title").value("找不到 Not found"))
        .andExpect(
            jsonPath("$.detail")
                .value("没有编号为 TS-20261122-0001 的投诉 / no complaint numbered TS-20261122-0001"));
  }

  @Test
  @DisplayName("a malformed complaint number in the path: the field refused in the language asked")
  void malformedNumberInEachLanguage() throws Exception {
    mvc.perform(get("/api/complaints/nonsense").header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("complaintNo"))
        .andExpect(
            jsonPath("$.errors[0].message").value("complaint numbers look like TS-20261122-0001"));
    mvc.perform(get("/api/complaints/nonsense").header("Accept-Language", "zh"))
        .andExpect(jsonPath("$.errors[0].message").value("投诉编号格式应为 TS-年月日-序号"));
  }
}
