# 清潔生產資助估算工具的繁體中文文字（香港政府用語）。
# 每則訊息的說明見 en.ftl。只修改「=」之後的文字；保留訊息名稱及 { $name } 佔位符。
# 修改後執行 `make test`：缺少訊息或佔位符與 en.ftl 不同，建置即會失敗並指出位置。
# 官方用語：../shared/domain/terms.md。

amount-hkd = 港幣{ $amount }元
amount-rmb = 人民幣{ $amount }元


product-title = 清潔生產資助估算

programme-name = 清潔生產伙伴計劃

stream-onsite-assessment = 實地評估
stream-demonstration = 示範項目
stream-demonstration-wider-adoption = 示範項目(一)：廣泛採用
stream-demonstration-innovation = 示範項目(二)：研發及創新
stream-new-technology-demonstration = 新技術示範項目
stream-verification = 成效核實
stream-organisation-support = 機構支援（工商業協會）

stream-description-onsite-assessment = 由顧問找出工廠在節能、減排和減少物料消耗方面的改善空間，並建議切實可行的方案。
stream-description-demonstration = 透過安裝設備或改變生產工序，展示清潔生產技術的成效。
stream-description-demonstration-wider-adoption = 廣泛採用已證實有效的清潔生產技術。
stream-description-demonstration-innovation = 清潔生產技術的研發及創新。
stream-description-new-technology-demonstration = 應用新研發的清潔生產技術（列於計劃的技術名單，或符合其審批準則）。
stream-description-verification = 核實已完成項目的成效。
stream-description-organisation-support = 工商業協會舉辦以行業為本的清潔生產宣傳推廣活動。

kind-hk-business = 擁有工廠或工場的香港企業
kind-trade-association = 工商業協會
kind-service-provider = 環境技術服務供應商
kind-other = 其他人士

region-prd = 廣東省珠江三角洲
region-guangdong-other = 廣東省珠江三角洲以外地區
region-hong-kong = 香港
region-elsewhere = 其他地方

route-gd-joint-venture = (a) 該企業作為合營一方的中外合資或合作經營企業
route-gd-wfoe = (b) 以該企業資金成立的外商獨資企業
route-gd-processing-agreement = (c) 與該企業訂有來料加工、裝配或補償貿易（三來一補）協議的內地企業
route-gd-resident-majority = (d) 由同時持有該企業股份的香港居民持有多數股權的內地企業
route-hk-factory = 該企業在香港擁有及經營工廠
route-hk-workshop = 該企業在香港擁有及經營涉及污染工序的工場（例如表面噴塗及固化、使用溶劑清洗金屬零件、車輛引擎測試）
route-none = 以上皆不是

sector-chemical-products = 化學製品
sector-food-and-beverage = 食品和飲品
sector-furniture = 傢具
sector-metal-products = 金屬和金屬製品
sector-non-metallic-mineral-products = 非金屬礦產品
sector-paper-products = 造紙和紙品
sector-printing-publishing = 印刷和出版
sector-textiles = 紡織
sector-other = 其他行業

origin-hong-kong = 由香港機構研發
origin-guangdong-hong-kong = 由粵港機構共同研發
origin-other = 由其他機構研發
origin-hong-kong-hint = 例如香港的大學或研發中心。

question-date = 申請日期是哪一天？
question-kind = 申請者是誰？
question-br-registered = 該企業是否已根據《商業登記條例》（第310章）登記？
question-route = 該企業與工廠有何關係？
question-factory-region = 工廠位於哪裏？
question-resident-share-mainland = 該香港居民持有內地企業多少百分比的股權？
question-resident-share-hk-business = 同一人持有香港企業多少百分比的股權？
question-sector = 工廠屬於哪個行業？
question-stream = 屬於哪一類項目？
question-cost = 項目的估計費用是多少？
question-technology-origin = 該技術由誰研發？
question-previous-assessment = 工廠以前曾否獲計劃資助進行實地評估？
question-previous-assessment-completed = 之前獲計劃資助的實地評估於何時完成？
question-recommended-measure-implemented = 工廠有否落實最少一項獲批評估報告建議的改善措施，並涉及投資具明顯環境效益的設施？
question-process-or-material-changed = 工廠其後有否改變生產工序或物料使用？
question-pursuing-recognition = 工廠是否正爭取市級、國家級或國際級的清潔生產認可？

headline-eligible = 你可以申請
headline-ineligible-because = 你不能申請：{ $reason }
headline-ineligible = 你不能申請
headline-case-by-case = 個別審批
headline-not-offered = 該期計劃不資助這類項目
headline-needs-information-question = 尚需更多資料。下一題：{ $question }
headline-needs-information = 尚需更多資料
headline-no-rule-set-on-date = 計劃在{ $date }沒有任何一期接受申請
headline-no-rule-set = 計劃在該日沒有任何一期接受申請
headline-not-listed = 該期計劃公布的條款未有提及這類項目，請向{ $hotline }查詢是否提供
headline-provisional = { $headline }（暫定）

stream-answer-associations-only = 只供工商業協會申請
stream-answer-not-listed = 公布的條款未有提及

verdict-short-eligible = 可申請
verdict-short-ineligible = 不能申請
verdict-short-case-by-case = 個別審批
verdict-short-not-offered = 不設此項
verdict-short-needs-information = 需要資料
verdict-short-no-rule-set = 沒有計劃接受申請

ceiling-sentence-no-ceiling = { $cost }的{ $rate }為{ $uncapped }；此項目沒有公布資助上限。
ceiling-sentence-applied = { $cost }的{ $rate }為{ $uncapped }，高於{ $ceiling }的上限，因此以上限計算。
ceiling-sentence-within = { $cost }的{ $rate }為{ $uncapped }，未超過{ $ceiling }的上限。
ceiling-sentence-reached-at = 費用達{ $at }即到達上限。

who-factories = 擁有工廠的香港企業
who-factories-and-workshops = 擁有工廠或涉及污染工序工場的香港企業
who-associations = 工商業協會

hotline = 熱線{ $number }

reason-stream-offered = { $rule_set }期計劃資助此類項目：{ $stream }。
reason-stream-not-offered = { $rule_set }期計劃不資助「{ $stream }」。該期資助：{ $offered }。
reason-stream-not-listed = { $rule_set }期計劃公布的條款只列出{ $listed }，未有提及「{ $stream }」；請向{ $hotline }查詢是否提供。
reason-applicant-kind-met = 此項目供{ $who }申請。
reason-applicant-kind-association-instead = 協會可改為申請機構支援。
reason-applicant-kind-service-provider-instead = 服務供應商可參加免費的技術推廣活動，並可在認可計劃中獲得嘉許。
reason-applicant-kind-associations-only = 此項目供工商業協會申請，公司不可申請。
reason-applicant-kind-unmet = 此項目只供{ $who }申請。{ $more }
reason-br-registered-met = 企業已根據《商業登記條例》（第310章）登記。
reason-br-registered-unmet = 企業必須根據《商業登記條例》（第310章）登記。請先辦理登記，然後申請。
reason-route-none = 企業必須在香港擁有及經營工廠（或工場），或以(a)至(d)其中一種方式與廣東省的工廠相關。
reason-route-guangdong = 廣東省工廠的擁有及經營者為：{ $route }。
reason-hk-factories-covered-met = { $rule_set }期計劃涵蓋香港的工廠。
reason-hk-factories-covered-unmet = { $rule_set }期計劃不涵蓋香港的工廠。
reason-workshops-covered-met = { $rule_set }期計劃涵蓋涉及污染工序的香港工場。
reason-workshops-covered-unmet = { $rule_set }期計劃不涵蓋香港的工場。
reason-workshop-stream-met = 工場可申請示範項目，包括此項（{ $stream }）。
reason-workshop-stream-unmet = 工場只可申請示範項目，不可申請「{ $stream }」。
reason-factory-region-met = 工廠所在地（{ $region }）在計劃範圍內。
reason-factory-region-prd-only = 該期計劃只涵蓋珠江三角洲的工廠
reason-factory-region-prd-only-until = { $first_part }；{ $date }起才涵蓋全廣東省。
reason-factory-region-elsewhere = 工廠必須位於廣東省或香港。
reason-factory-region-not-guangdong = (a)至(d)項關係適用於廣東省的工廠，但工廠位於：{ $region }。
reason-factory-region-not-hong-kong = 香港工廠或工場必須位於香港，但工廠位於：{ $region }。
reason-share-mainland-met = 該香港居民持有內地企業{ $value }%股權，超過{ $more_than }%。
reason-share-mainland-unmet = 該香港居民必須持有內地企業超過{ $more_than }%的股權（現為{ $value }%）。
reason-share-hk-business-met = 同一人持有香港企業{ $value }%股權，不少於{ $at_least }%。
reason-share-hk-business-unmet = 同一人必須持有香港企業最少{ $at_least }%的股權（現為{ $value }%）。
reason-priority-sector-met = 工廠屬優先行業（{ $sector }）。
reason-priority-sector-case-by-case = 工廠不屬{ $count }個優先行業：仍可申請，但會個別審批。
reason-sector-priority-inside = 工廠屬{ $count }個目標行業之一（{ $sector }），可獲優先資助。
reason-sector-priority-outside = 工廠不屬{ $count }個目標行業。這不影響申請資格，但目標行業的工廠可獲優先資助。
reason-sector-priority-unanswered = { $count }個目標行業的工廠可獲優先資助；其他行業的工廠仍可申請。
reason-applicant-test-assumed = { $rule_set }期計劃的資料沒有詳列申請資格；本工具採用之後各期公布的詳細準則。
reason-first-assessment = 這是工廠首次獲計劃資助的實地評估。
reason-first-assessment-assumed = 由於未有回答，本工具假設這是工廠首次獲計劃資助的實地評估；第二次評估另有條件。
reason-second-assessment-years-met = 之前的評估於{ $completed }完成，至今已最少{ $years }年。
reason-second-assessment-years-unmet = 第二次實地評估須在之前的評估完成（{ $completed }）後滿{ $years }年：請於{ $eligible_from }或之後申請。
reason-second-assessment-measure-met = 工廠已落實獲批評估報告建議的改善措施。
reason-second-assessment-measure-unmet = 申請第二次評估前，工廠須落實最少一項建議的改善措施，並涉及投資具明顯環境效益的設施。
reason-second-assessment-change-met = 工廠已改變生產工序或物料使用，或正爭取清潔生產認可。
reason-second-assessment-change-unmet = 申請第二次評估，工廠須已改變生產工序或物料使用，或正爭取市級、國家級或國際級的清潔生產認可。
reason-terms-per-project = 計劃資助費用的{ $rate }，每個項目上限為{ $ceiling }。
reason-terms-per-factory = 計劃資助費用的{ $rate }，每間工廠上限為{ $ceiling }。
reason-terms-rate = 計劃資助費用的{ $rate }。
reason-terms-ceiling = 計劃每個項目資助上限為{ $ceiling }。
reason-terms-funded = 計劃資助此類項目。
reason-terms-months = 項目須於{ $months }個月內完成。
reason-origin-ceiling = 技術{ $origin }：上限為{ $ceiling }（其他情況為{ $other_ceiling }）。
reason-rate-not-published-ceiling = 資助比率沒有公布（上限為{ $ceiling }），因此不作估算：請向{ $hotline }查詢。
reason-rate-not-published = 資助比率及上限沒有公布，因此不作估算：請向{ $hotline }查詢。
reason-ceiling-not-published-at-most = 資助上限沒有公布，因此不作估算：按{ $rate }計算最多為{ $at_most }。請向{ $hotline }查詢。
reason-ceiling-not-published = 資助上限沒有公布，因此不作估算（資助比率為{ $rate }）。請向{ $hotline }查詢。
reason-no-ceiling-stated = 資料只說明資助「最高{ $rate }」，沒有公布上限；估算不設上限。委員會可批出較少金額。
reason-past-practice = 在首期計劃中，若技術已被普遍採用或已有獲批示範項目涵蓋，申請曾被拒絕。
reason-assumed-eligible = 這是快速估算：假設申請者符合資格，並未核實。
reason-missing = 尚需資料：{ $questions }
reason-no-rule-set = 計劃在{ $date }沒有任何一期接受申請。
reason-no-rule-set-closed = { $phase }期計劃於{ $to }截止。
reason-no-rule-set-opened = { $phase }期計劃於{ $from }開始接受申請。

notice-phase-closed = { $rule_set }期計劃已於{ $to }截止申請。請向{ $hotline }查詢現行規則。
notice-sources-old = { $rule_set }期計劃的資料來自{ $date }，已超過{ $years }年。請向{ $hotline }查詢現行規則。
notice-sources-undated = { $rule_set }期計劃的資料沒有註明日期。請向{ $hotline }查詢現行規則。
notice-provisional = 本估算工具的資料並未包括計劃在{ $date }之後的條款。以下是{ $rule_set }期計劃的條款；請先向{ $hotline }確認，才作依據。
notice-dates-assumed = 資料沒有列明{ $rule_set }期計劃的確實開始或截止日期；所示日期為本工具的假設。請向{ $hotline }查詢。
notice-dates-assumed-closes = { $rule_set }期計劃假設於{ $days }日後（{ $to }）截止：資料沒有列明確實的截止日期。請於該日前申請，並向{ $hotline }確認日期。
notice-dates-assumed-closes-next-day = { $rule_set }期計劃假設於翌日（{ $to }）截止：資料沒有列明確實的截止日期。請於該日前申請，並向{ $hotline }確認日期。
notice-dates-assumed-closes-on-date = { $rule_set }期計劃假設於此日期（{ $to }）截止：資料沒有列明確實的截止日期。請向{ $hotline }確認是否仍接受申請。
notice-dates-assumed-opened = { $rule_set }期計劃假設於{ $from }開始：資料沒有列明確實的開始日期。請向{ $hotline }確認此日期是否接受申請。
notice-dates-assumed-closed = 該最後一日（{ $to }）本身亦是本估算工具的假設：{ $rule_set }期計劃的資料沒有列明。

technology-promotion-label = 技術推廣活動

technology-promotion-short = 歡迎所有人參加，免費

technology-promotion-text = 歡迎所有人參加：工廠、工商業協會、服務供應商及公眾人士。研討會、工廠參觀及展覽全部免費，毋須申請資助。請在活動網頁報名，或向{ $hotline }查詢。

info-recognition = 「粵港清潔生產伙伴」標誌計劃（{ $year }年{ $month }月起）嘉許製造業工廠（優越伙伴、伙伴）、供應鏈採購企業及環境技術服務供應商。
info-recognition-label-year = { $from }年度標誌
info-recognition-label-years = { $from }至{ $to }年度標誌
info-recognition-label-years-from-reported = { $from }年度起的標誌；資料只報道至{ $reported }年度，其後年度屬本工具的假設
info-recognition-label-years-from = { $from }年度起的標誌
info-recognition-award-manufacturing = 獲嘉許的製造業類別企業可獲{ $excellent }
info-recognition-award-partners = 優越伙伴{ $excellent }、伙伴{ $partner }
info-recognition-one-off = ，屬一次性，已獲獎勵的企業不會再獲發
info-recognition-one-off-unknown = （資料沒有說明是否屬一次性）
info-recognition-cash-award = 現金獎勵（{ $years }）：{ $amount }{ $once }。
info-recognition-guangdong-assumed = 現金獎勵由廣東省發放；本工具假設只適用於廣東省的工廠。
info-recognition-export-credit = 標誌持有者亦可獲香港出口信用保險局考慮提供出口信用保險保費折扣。
info-guide = 合資格開支項目、最低項目費用、每間工廠可申請的項目數目、重複資助、分期付款及所需文件，載於申請指引；本估算並不涵蓋。請向{ $hotline }查詢或電郵至{ $email }。

estimate-disclaimer = 以上只屬估算。所有申請由計劃的委員會決定。

crash-message = 抱歉，估算工具已停止運作，未能保留你的答案。請重新載入網頁再試，或致電熱線 { $number }。
prerender-unstarted = 抱歉，估算工具未能啟動：其檔案未能載入。你的答案仍然保留。請重新載入網頁再試，或致電熱線 { $number }。

money-error-empty = 請輸入項目的估計費用（港元），例如250,000。
money-error-not-a-number = 無法讀取所輸入的費用。請輸入數字，例如250,000、港幣250,000.50元、120萬或33萬。
money-error-not-positive = 費用必須大於零。
money-error-too-many-decimals = 費用最多只可有兩個小數位（仙），例如12,345.67。
money-error-too-large = 費用必須少於港幣1,000,000,000,000元。請檢查零的數目。
money-error-misplaced-separator = 逗號位置不正確：請每三位數字加一個逗號（1,000,000），或不加逗號（1000000）。
money-error-misplaced-space = 空格位置不正確：請在每三位數字之間加一個空格（1 200 000），或不加空格（1200000）。

input-error-date-malformed = { $field }：請以「年年年年-月月-日日」的格式填寫日期，例如2018-05-01。
input-error-date-no-such-day = { $field }：日曆上沒有這一天，請檢查月份和日子。
input-error-required = 必須提供{ $field }。
input-error-unknown-value = { $field }：不認識「{ $value }」。請使用以下其中之一：{ $values }。
input-error-expected-case-object = { $field }必須是包含 "date"、"applicant" 及 "project" 的個案物件。
input-error-expected-object = { $field }必須是一組欄位（物件）。
input-error-expected-single-value = { $field }必須是單一數值，不可以是列表或物件。
input-error-expected-text = { $field }必須是文字。
input-error-expected-true-or-false = { $field }必須是「是」或「否」（true 或 false）。
input-error-expected-date = { $field }必須是以「年年年年-月月-日日」格式填寫的日期，例如2018-05-01。
input-error-expected-amount = { $field }必須是金額，例如 "250000.00"。
input-error-percent = { $field }必須是0至100之間的百分比，例如50.01。
input-error-percent-too-precise = { $field }的小數位多於本估算工具可準確處理的位數（最多{ $decimals }位）。請以較少小數位填寫百分比，例如50.01。
input-error-unknown-field-suggestion = 「{ $field }」不是個案的欄位。你是否指{ $suggestion }？
input-error-unknown-field = 「{ $field }」不是個案的欄位，請刪除。
input-error-contradicts = { $field }表示之前沒有評估，但{ $other }描述了之前的評估：請刪除{ $other }，或把{ $field }改為「是」。
input-error-completed-after-application = { $field }：之前的評估不可能在申請日期（{ $date }）之後完成；請檢查兩個日期。
input-error-json-ends = 輸入內容在個案完結前中斷（第{ $line }行第{ $column }欄）：請檢查是否缺少右括號或引號。
input-error-json-malformed = 輸入內容在第{ $line }行第{ $column }欄不是有效的JSON格式：請檢查該處的逗號、引號和括號。
input-error-json-unexpected = 第{ $line }行第{ $column }欄的輸入內容不是個案：個案應為一個物件，或一組物件。
input-error-csv-field-count = 此列有{ $found }個欄位，但標題列有{ $expected }個：請檢查是否缺少或多了逗號。
input-error-csv-row = 此列不是有效的CSV資料列：請檢查其中的引號。
input-error-csv-not-utf8 = 此列不是UTF-8文字：請把檔案儲存為UTF-8格式後再試。

at-line = 第{ $line }行：{ $message }

batch-header-unusable = 標題列無法使用：{ $message }各欄的名稱應為個案的欄位名稱，例如 { $columns }（詳見項目說明文件）。
batch-encoding-guessed = { $file }不是 UTF-8 文字：已按推測的「{ $encoding }」讀取。如名稱顯示不正確，請以「--encoding utf-8」、「--encoding big5」或「--encoding gb18030」指明編碼。
batch-encoding-undecodable = { $file }：第{ $line }行不是有效的「{ $encoding }」文字。請以「--encoding utf-8」、「--encoding big5」或「--encoding gb18030」指明檔案的編碼，或把檔案儲存為 UTF-8。

ui-sponsorship = 估計資助額
ui-applicant-pays = 你須支付
ui-phase = 計劃期數
ui-conditions = 已核對的條件
ui-other-streams = 同一申請者及費用下的所有項目
ui-notices = 請注意
ui-assumption = 假設
ui-source = 資料來源
ui-met = 符合
ui-not-met = 不符合
ui-case-by-case = 個別審批
ui-missing = 需要資料
ui-next-steps = 下一步
ui-hotline = 清潔生產熱線
ui-email = 電郵
ui-guide = 申請指引
ui-not-published = 沒有公布
ui-cost = 估計項目費用
ui-rate = 資助比率
ui-ceiling = 上限
ui-no-ceiling = 沒有列明上限
ui-information = 其他資訊
ui-stream = 項目
ui-verdict = 結果
ui-case = 個案

phase-line-provisional = ，暫用：{ $to }之後的條款未知
phase-line = { $phase }期（申請日期：{ $from }至{ $to }）
phase-line-after = { $phase }期的條款（暫用）：{ $to }之後沒有已知的計劃期

widget-intro = 回答幾條問題，即可知道計劃會為你的項目資助多少。你輸入的資料不會離開此網頁。
widget-yes = 是
widget-no = 否
widget-cost-label = 估計項目費用（港元）
widget-cost-hint = 例如250,000、港幣250,000.50元、120萬或33萬。
widget-date-label = 申請日期
widget-date-hint = 申請日期決定適用哪一期計劃的規則。
widget-date-pinned = 本頁適用於申請日期為
widget-share-hint = 百分比，例如50.01。
widget-date-field-hint = 請按「年-月-日」填寫，例如2016-06-01。
widget-submit = 顯示估算結果
widget-reset = 重新開始
widget-copy-summary = 複製摘要
widget-copied = 已複製{ $language }摘要。
widget-summary-preview = 摘要預覽
widget-print = 列印
widget-share-link = 此個案的連結
widget-copy-link = 複製連結
widget-link-copied = 連結已複製。
widget-copy-failed = 瀏覽器不允許複製。請自行選取文字並複製。
widget-error-title = 資料有問題
widget-headline-check = 請檢查你的答案：{ $question }
widget-headline-entering = 你正在輸入以下問題的答案：{ $question }
widget-unanswered = 請回答此問題：{ $question }
widget-choose-one = 請選擇一個答案。
widget-link-problem = 無法完整讀取你開啟的連結。請檢查以下答案。
widget-link-too-long = 此連結太長，無法讀回：請先縮短過長的答案。
widget-rates-title = 今天提出申請的資助比率及上限
widget-needs-javascript = 估算工具需要使用JavaScript，但此瀏覽器已停用。以下是現行的資助比率及上限，熱線亦可解答任何問題。
widget-language = 語言
widget-summary-language = 摘要語言
language-name-en = 英文
language-name-zh-hant = 繁體中文
language-name-zh-hans = 簡體中文
widget-language-loading = 正在載入{ $language }…
widget-language-failed = 未能載入{ $language }。請檢查網絡連線，然後再試。
widget-language-changed = 估算工具現以{ $language }顯示。
widget-summary-language-changed = 摘要現以{ $language }顯示。
widget-your-estimate = 估算結果
widget-no-phase = 此日期沒有任何一期計劃接受申請
widget-print-link = 再次開啟此估算
widget-phase-unread = 計劃期：填妥日期後顯示
widget-headline-date = 請填妥申請日期，以查看估算
date-error-empty = 請填寫申請日期。
date-error-unfinished = 申請日期未填寫完整，或日曆上沒有這一天（例如2月30日）。請檢查日、月、年。
date-error-order = 請先寫年份，再寫月份和日子：例如2018年5月1日寫作2018-05-01。
date-error-malformed = 請按「年-月-日」填寫日期：例如2018年5月1日寫作2018-05-01。
date-error-year = 年份請以四位數字填寫，例如2018。
date-error-no-such-month = 沒有這個月份：月份請填1至12。
date-error-no-such-day = 日曆上沒有{ $date }：該月只有{ $days }日。請檢查月份和日子。
widget-announce-amount = { $headline }：估計資助額約{ $amount }，即項目費用的{ $share }
widget-bar-words = 項目費用之中，計劃資助{ $sponsorship }（{ $sponsorship_share }），你須支付{ $pays }（{ $pays_share }）。
widget-application-guide = 閱讀申請指引
next-steps-closing = { $rule_set }期計劃於{ $to }截止申請。
next-steps-closing-assumed = { $rule_set }期計劃於{ $to }截止申請（此為本估算工具的假設：資料未有列明確實日期）。
next-steps-closing-unknown = { $to }之後的申請截止日期未知，請向{ $hotline }查詢。
next-steps-opens = { $rule_set }期計劃於{ $from }開始接受申請。
widget-call-hotline = 致電熱線
widget-write-email = 電郵秘書處
widget-staff-title = 熱線職員版面
widget-events-page = 活動及報名
widget-stream-hint = 該期計劃的項目，以及資助比率和上限。

ceiling-text-origin = { $ceiling }（香港或粵港技術為{ $higher }）
ceiling-this-case = 此個案為{ $ceiling }；規則：{ $rule }

terms-short = 資助比率{ $rate }；上限{ $ceiling }

rules-page-title = 本估算工具採用的清潔生產伙伴計劃規則
rules-page-streams-fund = 各類項目資助的內容
rules-page-intro = 本估算工具所採用的各期計劃規則：日期、涵蓋範圍、申請資格、各項目的資助比率、上限及完成期限，以及每個數字的資料來源網址。資料未有說明之處，均註明為本工具的假設。
rules-page-generated = 由rules/資料夾內的規則檔案產生（每期計劃一個檔案，存於rules/phases/；資料來源存於rules/sources.toml）：請修改這些檔案，不要直接修改本頁。重新產生的指令：
rules-page-applications = 申請日期
rules-page-new-money = 新增撥款
rules-page-area = 廣東省
rules-page-pearl-river-delta-only = 只限珠江三角洲
rules-page-all-guangdong = 全省
rules-page-hk-factories = 香港的工廠
rules-page-hk-workshops = 涉及污染工序的香港工場
rules-page-yes = 是
rules-page-no = 否
rules-page-applicant-test = 申請資格
rules-page-applicant-test-published = 根據《商業登記條例》（第310章）登記的香港企業，並以(a)至(d)其中一種方式與工廠相關，或在香港擁有及經營工廠或工場。
rules-page-priority-sectors = 優先行業
rules-page-outside-priority-only = 其他行業的工廠不會被拒；上述行業可獲優先資助。
rules-page-outside-case-by-case = 其他行業的申請會個別審批。
rules-page-second-assessment = 第二次實地評估
rules-page-stream = 項目
rules-page-who-may-apply = 申請者
rules-page-rate = 資助比率
rules-page-ceiling = 上限
rules-page-months-to-finish = 完成期限（月）
rules-page-source = 資料來源
rules-page-not-stated = 沒有說明
rules-page-not-listed = 該期計劃的資料沒有列出
rules-page-resident-majority = (d)項關係：持股要求
rules-page-label-years = 標誌年度
rules-page-excellent-partner = 優越伙伴（製造業類別）
rules-page-partner = 伙伴（製造業類別）
rules-page-one-off = 一次性
rules-page-cash-award-guangdong = 現金獎勵由廣東省向廣東省的工廠發放；供應鏈類別及環境技術服務供應商類別不設現金獎勵。
rules-page-export-credit-discount = 標誌持有者亦可獲香港出口信用保險局考慮提供出口信用保險保費折扣（僅供參考，本工具不作計算）。
rules-page-sources = 資料來源
rules-page-address = 網址
rules-page-no-address = 沒有網址紀錄：只列出名稱
rules-page-changes-title = 與{ $phase }期計劃相比的改變
rules-page-change = 改變項目
rules-page-area-covered = 地區
rules-page-stream-added = ：新增項目
rules-page-stream-dropped = ：不再列出
rules-page-not-in-phase = 不屬本期計劃的項目

date-range = { $from }至{ $to }

phase-name = { $phase }期計劃

ceiling-per-project = 每個項目{ $amount }
ceiling-per-factory = 每間工廠{ $amount }

second-assessment-rule = 之前的評估完成後最少{ $years }年（以相同日期計算），已落實建議的改善措施，並已改變生產工序或物料使用，或正爭取清潔生產認可

origin-ceiling-note = （技術{ $origins }：{ $amount }）

resident-majority-rule = 香港居民持有內地企業超過{ $more_than }%的股權（剛好{ $more_than }%不符合），並持有香港企業最少{ $at_least }%的股權（剛好{ $at_least }%符合）。

recognition-scheme-name = 「粵港清潔生產伙伴」標誌計劃

years-from = { $year }年度起

reported-to = 資料只報道至{ $year }年度，其後年度屬假設


page-written-english = （英文網頁）
page-written-traditional = （繁體中文網頁）
page-written-simplified = （簡體中文網頁）
