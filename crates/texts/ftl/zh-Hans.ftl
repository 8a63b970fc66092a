# 清洁生产资助估算工具的简体中文文字（面向广东读者的内地用语）。
# 每条信息的说明见 en.ftl。只修改“=”之后的文字；保留信息名称及 { $name } 占位符。
# 修改后运行 `make test`：缺少信息或占位符与 en.ftl 不同，构建即会失败并指出位置。
# 官方用语：../shared/domain/terms.md。

amount-hkd = 港币{ $amount }元
amount-rmb = 人民币{ $amount }元


product-title = 清洁生产资助估算

programme-name = 清洁生产伙伴计划

stream-onsite-assessment = 实地评估
stream-demonstration = 示范项目
stream-demonstration-wider-adoption = 示范项目(一)：广泛采用
stream-demonstration-innovation = 示范项目(二)：研发及创新
stream-new-technology-demonstration = 新技术示范项目
stream-verification = 成效核实
stream-organisation-support = 机构支援（工商业协会）

stream-description-onsite-assessment = 由顾问找出工厂在节能、减排和减少物料消耗方面的改善空间，并建议切实可行的方案。
stream-description-demonstration = 透过安装设备或改变生产工序，展示清洁生产技术的成效。
stream-description-demonstration-wider-adoption = 广泛采用已证实有效的清洁生产技术。
stream-description-demonstration-innovation = 清洁生产技术的研发及创新。
stream-description-new-technology-demonstration = 应用新研发的清洁生产技术（列于计划的技术名单，或符合其审批准则）。
stream-description-verification = 核实已完成项目的成效。
stream-description-organisation-support = 工商业协会举办以行业为本的清洁生产宣传推广活动。

kind-hk-business = 拥有工厂或工场的香港企业
kind-trade-association = 工商业协会
kind-service-provider = 环境技术服务供应商
kind-other = 其他人士

region-prd = 广东省珠江三角洲
region-guangdong-other = 广东省珠江三角洲以外地区
region-hong-kong = 香港
region-elsewhere = 其他地方

route-gd-joint-venture = (a) 该企业作为合营一方的中外合资或合作经营企业
route-gd-wfoe = (b) 以该企业资金成立的外商独资企业
route-gd-processing-agreement = (c) 与该企业订有来料加工、装配或补偿贸易（三来一补）协议的内地企业
route-gd-resident-majority = (d) 由同时持有该企业股份的香港居民持有多数股权的内地企业
route-hk-factory = 该企业在香港拥有及经营工厂
route-hk-workshop = 该企业在香港拥有及经营涉及污染工序的工场（例如表面喷涂及固化、使用溶剂清洗金属零件、车辆引擎测试）
route-none = 以上皆不是

sector-chemical-products = 化学制品
sector-food-and-beverage = 食品和饮品
sector-furniture = 家具
sector-metal-products = 金属和金属制品
sector-non-metallic-mineral-products = 非金属矿产品
sector-paper-products = 造纸和纸品
sector-printing-publishing = 印刷和出版
sector-textiles = 纺织
sector-other = 其他行业

origin-hong-kong = 由香港机构研发
origin-guangdong-hong-kong = 由粤港机构共同研发
origin-other = 由其他机构研发
origin-hong-kong-hint = 例如香港的大学或研发中心。

question-date = 申请日期是哪一天？
question-kind = 申请者是谁？
question-br-registered = 该企业是否已根据《商业登记条例》（第310章）登记？
question-route = 该企业与工厂有何关系？
question-factory-region = 工厂位于哪里？
question-resident-share-mainland = 该香港居民持有内地企业多少百分比的股权？
question-resident-share-hk-business = 同一人持有香港企业多少百分比的股权？
question-sector = 工厂属于哪个行业？
question-stream = 属于哪一类项目？
question-cost = 项目的估计费用是多少？
question-technology-origin = 该技术由谁研发？
question-previous-assessment = 工厂以前曾否获计划资助进行实地评估？
question-previous-assessment-completed = 之前获计划资助的实地评估于何时完成？
question-recommended-measure-implemented = 工厂有否落实最少一项获批评估报告建议的改善措施，并涉及投资具明显环境效益的设施？
question-process-or-material-changed = 工厂其后有否改变生产工序或物料使用？
question-pursuing-recognition = 工厂是否正争取市级、国家级或国际级的清洁生产认可？

headline-eligible = 你可以申请
headline-ineligible-because = 你不能申请：{ $reason }
headline-ineligible = 你不能申请
headline-case-by-case = 个别审批
headline-not-offered = 该期计划不资助这类项目
headline-needs-information-question = 尚需更多资料。下一题：{ $question }
headline-needs-information = 尚需更多资料
headline-no-rule-set-on-date = 计划在{ $date }没有任何一期接受申请
headline-no-rule-set = 计划在该日没有任何一期接受申请
headline-not-listed = 该期计划公布的条款未有提及这类项目，请向{ $hotline }查询是否提供
headline-provisional = { $headline }（暂定）

stream-answer-associations-only = 只供工商业协会申请
stream-answer-not-listed = 公布的条款未有提及

verdict-short-eligible = 可申请
verdict-short-ineligible = 不能申请
verdict-short-case-by-case = 个别审批
verdict-short-not-offered = 不设此项
verdict-short-needs-information = 需要资料
verdict-short-no-rule-set = 没有计划接受申请

ceiling-sentence-no-ceiling = { $cost }的{ $rate }为{ $uncapped }；此项目没有公布资助上限。
ceiling-sentence-applied = { $cost }的{ $rate }为{ $uncapped }，高于{ $ceiling }的上限，因此以上限计算。
ceiling-sentence-within = { $cost }的{ $rate }为{ $uncapped }，未超过{ $ceiling }的上限。
ceiling-sentence-reached-at = 费用达{ $at }即到达上限。

who-factories = 拥有工厂的香港企业
who-factories-and-workshops = 拥有工厂或涉及污染工序工场的香港企业
who-associations = 工商业协会

hotline = 热线{ $number }

reason-stream-offered = { $rule_set }期计划资助此类项目：{ $stream }。
reason-stream-not-offered = { $rule_set }期计划不资助“{ $stream }”。该期资助：{ $offered }。
reason-stream-not-listed = { $rule_set }期计划公布的条款只列出{ $listed }，未有提及“{ $stream }”；请向{ $hotline }查询是否提供。
reason-applicant-kind-met = 此项目供{ $who }申请。
reason-applicant-kind-association-instead = 协会可改为申请机构支援。
reason-applicant-kind-service-provider-instead = 服务供应商可参加免费的技术推广活动，并可在认可计划中获得嘉许。
reason-applicant-kind-associations-only = 此项目供工商业协会申请，公司不可申请。
reason-applicant-kind-unmet = 此项目只供{ $who }申请。{ $more }
reason-br-registered-met = 企业已根据《商业登记条例》（第310章）登记。
reason-br-registered-unmet = 企业必须根据《商业登记条例》（第310章）登记。请先办理登记，然后申请。
reason-route-none = 企业必须在香港拥有及经营工厂（或工场），或以(a)至(d)其中一种方式与广东省的工厂相关。
reason-route-guangdong = 广东省工厂的拥有及经营者为：{ $route }。
reason-hk-factories-covered-met = { $rule_set }期计划涵盖香港的工厂。
reason-hk-factories-covered-unmet = { $rule_set }期计划不涵盖香港的工厂。
reason-workshops-covered-met = { $rule_set }期计划涵盖涉及污染工序的香港工场。
reason-workshops-covered-unmet = { $rule_set }期计划不涵盖香港的工场。
reason-workshop-stream-met = 工场可申请示范项目，包括此项（{ $stream }）。
reason-workshop-stream-unmet = 工场只可申请示范项目，不可申请“{ $stream }”。
reason-factory-region-met = 工厂所在地（{ $region }）在计划范围内。
reason-factory-region-prd-only = 该期计划只涵盖珠江三角洲的工厂
reason-factory-region-prd-only-until = { $first_part }；{ $date }起才涵盖全广东省。
reason-factory-region-elsewhere = 工厂必须位于广东省或香港。
reason-factory-region-not-guangdong = (a)至(d)项关系适用于广东省的工厂，但工厂位于：{ $region }。
reason-factory-region-not-hong-kong = 香港工厂或工场必须位于香港，但工厂位于：{ $region }。
reason-share-mainland-met = 该香港居民持有内地企业{ $value }%股权，超过{ $more_than }%。
reason-share-mainland-unmet = 该香港居民必须持有内地企业超过{ $more_than }%的股权（现为{ $value }%）。
reason-share-hk-business-met = 同一人持有香港企业{ $value }%股权，不少于{ $at_least }%。
reason-share-hk-business-unmet = 同一人必须持有香港企业最少{ $at_least }%的股权（现为{ $value }%）。
reason-priority-sector-met = 工厂属优先行业（{ $sector }）。
reason-priority-sector-case-by-case = 工厂不属{ $count }个优先行业：仍可申请，但会个别审批。
reason-sector-priority-inside = 工厂属{ $count }个目标行业之一（{ $sector }），可获优先资助。
reason-sector-priority-outside = 工厂不属{ $count }个目标行业。这不影响申请资格，但目标行业的工厂可获优先资助。
reason-sector-priority-unanswered = { $count }个目标行业的工厂可获优先资助；其他行业的工厂仍可申请。
reason-applicant-test-assumed = { $rule_set }期计划的资料没有详列申请资格；本工具采用之后各期公布的详细准则。
reason-first-assessment = 这是工厂首次获计划资助的实地评估。
reason-first-assessment-assumed = 由于未有回答，本工具假设这是工厂首次获计划资助的实地评估；第二次评估另有条件。
reason-second-assessment-years-met = 之前的评估于{ $completed }完成，至今已最少{ $years }年。
reason-second-assessment-years-unmet = 第二次实地评估须在之前的评估完成（{ $completed }）后满{ $years }年：请于{ $eligible_from }或之后申请。
reason-second-assessment-measure-met = 工厂已落实获批评估报告建议的改善措施。
reason-second-assessment-measure-unmet = 申请第二次评估前，工厂须落实最少一项建议的改善措施，并涉及投资具明显环境效益的设施。
reason-second-assessment-change-met = 工厂已改变生产工序或物料使用，或正争取清洁生产认可。
reason-second-assessment-change-unmet = 申请第二次评估，工厂须已改变生产工序或物料使用，或正争取市级、国家级或国际级的清洁生产认可。
reason-terms-per-project = 计划资助费用的{ $rate }，每个项目上限为{ $ceiling }。
reason-terms-per-factory = 计划资助费用的{ $rate }，每间工厂上限为{ $ceiling }。
reason-terms-rate = 计划资助费用的{ $rate }。
reason-terms-ceiling = 计划每个项目资助上限为{ $ceiling }。
reason-terms-funded = 计划资助此类项目。
reason-terms-months = 项目须于{ $months }个月内完成。
reason-origin-ceiling = 技术{ $origin }：上限为{ $ceiling }（其他情况为{ $other_ceiling }）。
reason-rate-not-published-ceiling = 资助比率没有公布（上限为{ $ceiling }），因此不作估算：请向{ $hotline }查询。
reason-rate-not-published = 资助比率及上限没有公布，因此不作估算：请向{ $hotline }查询。
reason-ceiling-not-published-at-most = 资助上限没有公布，因此不作估算：按{ $rate }计算最多为{ $at_most }。请向{ $hotline }查询。
reason-ceiling-not-published = 资助上限没有公布，因此不作估算（资助比率为{ $rate }）。请向{ $hotline }查询。
reason-no-ceiling-stated = 资料只说明资助“最高{ $rate }”，没有公布上限；估算不设上限。委员会可批出较少金额。
reason-past-practice = 在首期计划中，若技术已被普遍采用或已有获批示范项目涵盖，申请曾被拒绝。
reason-assumed-eligible = 这是快速估算：假设申请者符合资格，并未核实。
reason-missing = 尚需资料：{ $questions }
reason-no-rule-set = 计划在{ $date }没有任何一期接受申请。
reason-no-rule-set-closed = { $phase }期计划于{ $to }截止。
reason-no-rule-set-opened = { $phase }期计划于{ $from }开始接受申请。

notice-phase-closed = { $rule_set }期计划已于{ $to }截止申请。请向{ $hotline }查询现行规则。
notice-sources-old = { $rule_set }期计划的资料来自{ $date }，已超过{ $years }年。请向{ $hotline }查询现行规则。
notice-sources-undated = { $rule_set }期计划的资料没有注明日期。请向{ $hotline }查询现行规则。
notice-provisional = 本估算工具的资料并未包括计划在{ $date }之后的条款。以下是{ $rule_set }期计划的条款；请先向{ $hotline }确认，才作依据。
notice-dates-assumed = 资料没有列明{ $rule_set }期计划的确实开始或截止日期；所示日期为本工具的假设。请向{ $hotline }查询。
notice-dates-assumed-closes = { $rule_set }期计划假设于{ $days }日后（{ $to }）截止：资料没有列明确实的截止日期。请于该日前申请，并向{ $hotline }确认日期。
notice-dates-assumed-closes-next-day = { $rule_set }期计划假设于翌日（{ $to }）截止：资料没有列明确实的截止日期。请于该日前申请，并向{ $hotline }确认日期。
notice-dates-assumed-closes-on-date = { $rule_set }期计划假设于此日期（{ $to }）截止：资料没有列明确实的截止日期。请向{ $hotline }确认是否仍接受申请。
notice-dates-assumed-opened = { $rule_set }期计划假设于{ $from }开始：资料没有列明确实的开始日期。请向{ $hotline }确认此日期是否接受申请。
notice-dates-assumed-closed = 该最后一日（{ $to }）本身亦是本估算工具的假设：{ $rule_set }期计划的资料没有列明。

technology-promotion-label = 技术推广活动

technology-promotion-short = 欢迎所有人参加，免费

technology-promotion-text = 欢迎所有人参加：工厂、工商业协会、服务供应商及公众人士。研讨会、工厂参观及展览全部免费，毋须申请资助。请在活动网页报名，或向{ $hotline }查询。

info-recognition = 「粤港清洁生产伙伴」标志计划（{ $year }年{ $month }月起）嘉许制造业工厂（优越伙伴、伙伴）、供应链采购企业及环境技术服务供应商。
info-recognition-label-year = { $from }年度标志
info-recognition-label-years = { $from }至{ $to }年度标志
info-recognition-label-years-from-reported = { $from }年度起的标志；资料只报道至{ $reported }年度，其后年度属本工具的假设
info-recognition-label-years-from = { $from }年度起的标志
info-recognition-award-manufacturing = 获嘉许的制造业类别企业可获{ $excellent }
info-recognition-award-partners = 优越伙伴{ $excellent }、伙伴{ $partner }
info-recognition-one-off = ，属一次性，已获奖励的企业不会再获发
info-recognition-one-off-unknown = （资料没有说明是否属一次性）
info-recognition-cash-award = 现金奖励（{ $years }）：{ $amount }{ $once }。
info-recognition-guangdong-assumed = 现金奖励由广东省发放；本工具假设只适用于广东省的工厂。
info-recognition-export-credit = 标志持有者亦可获香港出口信用保险局考虑提供出口信用保险保费折扣。
info-guide = 合资格开支项目、最低项目费用、每间工厂可申请的项目数目、重复资助、分期付款及所需文件，载于申请指引；本估算并不涵盖。请向{ $hotline }查询或发电子邮件至{ $email }。

estimate-disclaimer = 以上只属估算。所有申请由计划的委员会决定。

crash-message = 抱歉，估算工具已停止运作，未能保留你的答案。请重新加载网页再试，或致电热线 { $number }。
prerender-unstarted = 抱歉，估算工具未能启动：其文件未能加载。你的答案仍然保留。请重新加载网页再试，或致电热线 { $number }。

money-error-empty = 请输入项目的估计费用（港元），例如250,000。
money-error-not-a-number = 无法读取所输入的费用。请输入数字，例如250,000、港币250,000.50元、120万或33万。
money-error-not-positive = 费用必须大于零。
money-error-too-many-decimals = 费用最多只可有两个小数位（仙），例如12,345.67。
money-error-too-large = 费用必须少于港币1,000,000,000,000元。请检查零的数目。
money-error-misplaced-separator = 逗号位置不正确：请每三位数字加一个逗号（1,000,000），或不加逗号（1000000）。
money-error-misplaced-space = 空格位置不正确：请在每三位数字之间加一个空格（1 200 000），或不加空格（1200000）。

input-error-date-malformed = { $field }：请以“年年年年-月月-日日”的格式填写日期，例如2018-05-01。
input-error-date-no-such-day = { $field }：日历上没有这一天，请检查月份和日子。
input-error-required = 必须提供{ $field }。
input-error-unknown-value = { $field }：不认识“{ $value }”。请使用以下其中之一：{ $values }。
input-error-expected-case-object = { $field }必须是包含 "date"、"applicant" 及 "project" 的个案对象。
input-error-expected-object = { $field }必须是一组字段（对象）。
input-error-expected-single-value = { $field }必须是单一数值，不可以是列表或对象。
input-error-expected-text = { $field }必须是文字。
input-error-expected-true-or-false = { $field }必须是“是”或“否”（true 或 false）。
input-error-expected-date = { $field }必须是以“年年年年-月月-日日”格式填写的日期，例如2018-05-01。
input-error-expected-amount = { $field }必须是金额，例如 "250000.00"。
input-error-percent = { $field }必须是0至100之间的百分比，例如50.01。
input-error-percent-too-precise = { $field }的小数位多于本估算工具可准确处理的位数（最多{ $decimals }位）。请以较少小数位填写百分比，例如50.01。
input-error-unknown-field-suggestion = “{ $field }”不是个案的字段。你是否指{ $suggestion }？
input-error-unknown-field = “{ $field }”不是个案的字段，请删除。
input-error-contradicts = { $field }表示之前没有评估，但{ $other }描述了之前的评估：请删除{ $other }，或把{ $field }改为“是”。
input-error-completed-after-application = { $field }：之前的评估不可能在申请日期（{ $date }）之后完成；请检查两个日期。
input-error-json-ends = 输入内容在个案结束前中断（第{ $line }行第{ $column }列）：请检查是否缺少右括号或引号。
input-error-json-malformed = 输入内容在第{ $line }行第{ $column }列不是有效的JSON格式：请检查该处的逗号、引号和括号。
input-error-json-unexpected = 第{ $line }行第{ $column }列的输入内容不是个案：个案应为一个对象，或一组对象。
input-error-csv-field-count = 此行有{ $found }个字段，但标题行有{ $expected }个：请检查是否缺少或多了逗号。
input-error-csv-row = 此行不是有效的CSV数据行：请检查其中的引号。
input-error-csv-not-utf8 = 此行不是UTF-8文本：请把文件保存为UTF-8格式后再试。

at-line = 第{ $line }行：{ $message }

batch-header-unusable = 标题行无法使用：{ $message }各列的名称应为个案的字段名称，例如 { $columns }（详见项目说明文件）。
batch-encoding-guessed = { $file }不是 UTF-8 文字：已按推测的“{ $encoding }”读取。如名称显示不正确，请以“--encoding utf-8”、“--encoding big5”或“--encoding gb18030”指明编码。
batch-encoding-undecodable = { $file }：第{ $line }行不是有效的“{ $encoding }”文字。请以“--encoding utf-8”、“--encoding big5”或“--encoding gb18030”指明文件的编码，或把文件保存为 UTF-8。

ui-sponsorship = 估计资助额
ui-applicant-pays = 你须支付
ui-phase = 计划期数
ui-conditions = 已核对的条件
ui-other-streams = 同一申请者及费用下的所有项目
ui-notices = 请注意
ui-assumption = 假设
ui-source = 资料来源
ui-met = 符合
ui-not-met = 不符合
ui-case-by-case = 个别审批
ui-missing = 需要资料
ui-next-steps = 下一步
ui-hotline = 清洁生产热线
ui-email = 电子邮件
ui-guide = 申请指引
ui-not-published = 没有公布
ui-cost = 估计项目费用
ui-rate = 资助比率
ui-ceiling = 上限
ui-no-ceiling = 没有列明上限
ui-information = 其他信息
ui-stream = 项目
ui-verdict = 结果
ui-case = 个案

phase-line-provisional = ，暂用：{ $to }之后的条款未知
phase-line = { $phase }期（申请日期：{ $from }至{ $to }）
phase-line-after = { $phase }期的条款（暂用）：{ $to }之后没有已知的计划期

widget-intro = 回答几条问题，即可知道计划会为你的项目资助多少。你输入的资料不会离开此网页。
widget-yes = 是
widget-no = 否
widget-cost-label = 估计项目费用（港元）
widget-cost-hint = 例如250,000、港币250,000.50元、120万或33万。
widget-date-label = 申请日期
widget-date-hint = 申请日期决定适用哪一期计划的规则。
widget-date-pinned = 本页适用于申请日期为
widget-share-hint = 百分比，例如50.01。
widget-date-field-hint = 请按“年-月-日”填写，例如2016-06-01。
widget-submit = 显示估算结果
widget-reset = 重新开始
widget-copy-summary = 复制摘要
widget-copied = 已复制{ $language }摘要。
widget-summary-preview = 摘要预览
widget-print = 打印
widget-share-link = 此个案的链接
widget-copy-link = 复制链接
widget-link-copied = 链接已复制。
widget-copy-failed = 浏览器不允许复制。请自行选取文字并复制。
widget-error-title = 资料有问题
widget-headline-check = 请检查你的答案：{ $question }
widget-headline-entering = 你正在输入以下问题的答案：{ $question }
widget-unanswered = 请回答此问题：{ $question }
widget-choose-one = 请选择一个答案。
widget-link-problem = 无法完整读取你打开的链接。请检查以下答案。
widget-link-too-long = 此链接太长，无法读回：请先缩短过长的答案。
widget-rates-title = 今天提出申请的资助比率及上限
widget-needs-javascript = 估算工具需要使用JavaScript，但此浏览器已停用。以下是现行的资助比率及上限，热线亦可解答任何问题。
widget-language = 语言
widget-summary-language = 摘要语言
language-name-en = 英文
language-name-zh-hant = 繁体中文
language-name-zh-hans = 简体中文
widget-language-loading = 正在加载{ $language }…
widget-language-failed = 未能加载{ $language }。请检查网络连接，然后再试。
widget-language-changed = 估算工具现以{ $language }显示。
widget-summary-language-changed = 摘要现以{ $language }显示。
widget-your-estimate = 估算结果
widget-no-phase = 此日期没有任何一期计划接受申请
widget-print-link = 再次打开此估算
widget-phase-unread = 计划期：填妥日期后显示
widget-headline-date = 请填妥申请日期，以查看估算
date-error-empty = 请填写申请日期。
date-error-unfinished = 申请日期未填写完整，或日历上没有这一天（例如2月30日）。请检查日、月、年。
date-error-order = 请先写年份，再写月份和日子：例如2018年5月1日写作2018-05-01。
date-error-malformed = 请按“年-月-日”填写日期：例如2018年5月1日写作2018-05-01。
date-error-year = 年份请以四位数字填写，例如2018。
date-error-no-such-month = 没有这个月份：月份请填1至12。
date-error-no-such-day = 日历上没有{ $date }：该月只有{ $days }日。请检查月份和日子。
widget-announce-amount = { $headline }：估计资助额约{ $amount }，即项目费用的{ $share }
widget-bar-words = 项目费用之中，计划资助{ $sponsorship }（{ $sponsorship_share }），你须支付{ $pays }（{ $pays_share }）。
widget-application-guide = 阅读申请指引
next-steps-closing = { $rule_set }期计划于{ $to }截止申请。
next-steps-closing-assumed = { $rule_set }期计划于{ $to }截止申请（此为本估算工具的假设：资料未有列明确实日期）。
next-steps-closing-unknown = { $to }之后的申请截止日期未知，请向{ $hotline }查询。
next-steps-opens = { $rule_set }期计划于{ $from }开始接受申请。
widget-call-hotline = 致电热线
widget-write-email = 发电子邮件给秘书处
widget-staff-title = 热线职员版面
widget-events-page = 活动及报名
widget-stream-hint = 该期计划的项目，以及资助比率和上限。

ceiling-text-origin = { $ceiling }（香港或粤港技术为{ $higher }）
ceiling-this-case = 此个案为{ $ceiling }；规则：{ $rule }

terms-short = 资助比率{ $rate }；上限{ $ceiling }

rules-page-title = 本估算工具采用的清洁生产伙伴计划规则
rules-page-streams-fund = 各类项目资助的内容
rules-page-intro = 本估算工具所采用的各期计划规则：日期、涵盖范围、申请资格、各项目的资助比率、上限及完成期限，以及每个数字的资料来源网址。资料未有说明之处，均注明为本工具的假设。
rules-page-generated = 由rules/文件夹内的规则文件生成（每期计划一个文件，存于rules/phases/；资料来源存于rules/sources.toml）：请修改这些文件，不要直接修改本页。重新生成的命令：
rules-page-applications = 申请日期
rules-page-new-money = 新增拨款
rules-page-area = 广东省
rules-page-pearl-river-delta-only = 只限珠江三角洲
rules-page-all-guangdong = 全省
rules-page-hk-factories = 香港的工厂
rules-page-hk-workshops = 涉及污染工序的香港工场
rules-page-yes = 是
rules-page-no = 否
rules-page-applicant-test = 申请资格
rules-page-applicant-test-published = 根据《商业登记条例》（第310章）登记的香港企业，并以(a)至(d)其中一种方式与工厂相关，或在香港拥有及经营工厂或工场。
rules-page-priority-sectors = 优先行业
rules-page-outside-priority-only = 其他行业的工厂不会被拒；上述行业可获优先资助。
rules-page-outside-case-by-case = 其他行业的申请会个别审批。
rules-page-second-assessment = 第二次实地评估
rules-page-stream = 项目
rules-page-who-may-apply = 申请者
rules-page-rate = 资助比率
rules-page-ceiling = 上限
rules-page-months-to-finish = 完成期限（月）
rules-page-source = 资料来源
rules-page-not-stated = 没有说明
rules-page-not-listed = 该期计划的资料没有列出
rules-page-resident-majority = (d)项关系：持股要求
rules-page-label-years = 标志年度
rules-page-excellent-partner = 优越伙伴（制造业类别）
rules-page-partner = 伙伴（制造业类别）
rules-page-one-off = 一次性
rules-page-cash-award-guangdong = 现金奖励由广东省向广东省的工厂发放；供应链类别及环境技术服务供应商类别不设现金奖励。
rules-page-export-credit-discount = 标志持有者亦可获香港出口信用保险局考虑提供出口信用保险保费折扣（仅供参考，本工具不作计算）。
rules-page-sources = 资料来源
rules-page-address = 网址
rules-page-no-address = 没有网址记录：只列出名称
rules-page-changes-title = 与{ $phase }期计划相比的变化
rules-page-change = 变化项目
rules-page-area-covered = 地区
rules-page-stream-added = ：新增项目
rules-page-stream-dropped = ：不再列出
rules-page-not-in-phase = 不属本期计划的项目

date-range = { $from }至{ $to }

phase-name = { $phase }期计划

ceiling-per-project = 每个项目{ $amount }
ceiling-per-factory = 每间工厂{ $amount }

second-assessment-rule = 之前的评估完成后最少{ $years }年（以相同日期计算），已落实建议的改善措施，并已改变生产工序或物料使用，或正争取清洁生产认可

origin-ceiling-note = （技术{ $origins }：{ $amount }）

resident-majority-rule = 香港居民持有内地企业超过{ $more_than }%的股权（刚好{ $more_than }%不符合），并持有香港企业最少{ $at_least }%的股权（刚好{ $at_least }%符合）。

recognition-scheme-name = 「粤港清洁生产伙伴」标志计划

years-from = { $year }年度起

reported-to = 资料只报道至{ $year }年度，其后年度属假设


page-written-english = （英文网页）
page-written-traditional = （繁体中文网页）
page-written-simplified = （简体中文网页）
