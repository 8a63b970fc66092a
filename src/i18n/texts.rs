//! Every sentence the product says, in English, Traditional Chinese and
//! Simplified Chinese. Figures are never written here: they come in as
//! arguments, from the rule data.

use super::Lang;
use crate::date::DateError;
use crate::money::{format_hkd, format_percent, format_rmb, MoneyError};
use crate::rules::case::*;
use crate::rules::data::PROGRAMME;
use crate::rules::model::{Ceiling, Per, Who};
use crate::rules::result::*;

/// One text in all three languages; only the chosen one is built.
macro_rules! t {
    ($lang:expr, $en:expr, $hant:expr, $hans:expr $(,)?) => {
        match $lang {
            Lang::En => String::from($en),
            Lang::ZhHant => String::from($hant),
            Lang::ZhHans => String::from($hans),
        }
    };
}

pub fn product_title(l: Lang) -> String {
    t!(
        l,
        "Cleaner Production funding estimator",
        "清潔生產資助估算",
        "清洁生产资助估算"
    )
}

pub fn programme_name(l: Lang) -> String {
    t!(
        l,
        "Cleaner Production Partnership Programme",
        "清潔生產伙伴計劃",
        "清洁生产伙伴计划"
    )
}

// ------------------------------------------------------------ labels

pub fn stream_label(s: Stream, l: Lang) -> String {
    match s {
        Stream::OnsiteAssessment => t!(l, "On-site improvement assessment", "實地評估", "实地评估"),
        Stream::Demonstration => t!(l, "Demonstration project", "示範項目", "示范项目"),
        Stream::DemonstrationWiderAdoption => t!(
            l,
            "Demonstration project (i): wider adoption",
            "示範項目(一)：推廣採用",
            "示范项目(一)：推广采用"
        ),
        Stream::DemonstrationInnovation => t!(
            l,
            "Demonstration project (ii): research and innovation",
            "示範項目(二)：研發及創新",
            "示范项目(二)：研发及创新"
        ),
        Stream::NewTechnologyDemonstration => t!(
            l,
            "Demonstration of a new technology",
            "新技術示範項目",
            "新技术示范项目"
        ),
        Stream::Verification => t!(l, "Verification of results", "成效核實", "成效核实"),
        Stream::OrganisationSupport => t!(
            l,
            "Organisation support (trade and industry associations)",
            "機構支援（工商業協會）",
            "机构支援（工商业协会）"
        ),
    }
}

pub fn stream_description(s: Stream, l: Lang) -> String {
    match s {
        Stream::OnsiteAssessment => t!(
            l,
            "A consultant finds where the factory can save energy, cut emissions and use less material, and proposes practical solutions.",
            "由顧問找出工廠在節能、減排和減少物料消耗方面的改善空間，並建議切實可行的方案。",
            "由顾问找出工厂在节能、减排和减少物料消耗方面的改善空间，并建议切实可行的方案。"
        ),
        Stream::Demonstration => t!(
            l,
            "Installing equipment or changing processes to show that a cleaner production technology works.",
            "透過安裝設備或改變生產工序，展示清潔生產技術的成效。",
            "透过安装设备或改变生产工序，展示清洁生产技术的成效。"
        ),
        Stream::DemonstrationWiderAdoption => t!(
            l,
            "Wider adoption of a proven cleaner production technology.",
            "推廣採用已證實有效的清潔生產技術。",
            "推广采用已证实有效的清洁生产技术。"
        ),
        Stream::DemonstrationInnovation => t!(
            l,
            "Research and innovation in cleaner production technology.",
            "清潔生產技術的研發及創新。",
            "清洁生产技术的研发及创新。"
        ),
        Stream::NewTechnologyDemonstration => t!(
            l,
            "Putting a newly developed cleaner production technology to work (on the programme's list, or meeting its criteria).",
            "應用新研發的清潔生產技術（列於計劃的技術名單，或符合其批核準則）。",
            "应用新研发的清洁生产技术（列于计划的技术名单，或符合其批核准则）。"
        ),
        Stream::Verification => t!(
            l,
            "Verifying the results of a completed project.",
            "核實已完成項目的成效。",
            "核实已完成项目的成效。"
        ),
        Stream::OrganisationSupport => t!(
            l,
            "Trade-specific promotion and publicity of cleaner production by a trade or industry association.",
            "工商業協會舉辦以行業為本的清潔生產宣傳推廣活動。",
            "工商业协会举办以行业为本的清洁生产宣传推广活动。"
        ),
    }
}

pub fn kind_label(k: ApplicantKind, l: Lang) -> String {
    match k {
        ApplicantKind::HkBusiness => t!(
            l,
            "A Hong Kong business with a factory or workshop",
            "擁有工廠或工場的香港企業",
            "拥有工厂或工场的香港企业"
        ),
        ApplicantKind::TradeAssociation => t!(
            l,
            "A trade or industry association",
            "工商業協會",
            "工商业协会"
        ),
        ApplicantKind::ServiceProvider => t!(
            l,
            "An environmental technology service provider",
            "環保技術服務供應商",
            "环保技术服务供应商"
        ),
        ApplicantKind::Other => t!(l, "Someone else", "其他人士", "其他人士"),
    }
}

pub fn region_label(r: Region, l: Lang) -> String {
    match r {
        Region::Prd => t!(
            l,
            "Guangdong, in the Pearl River Delta",
            "廣東省珠江三角洲",
            "广东省珠江三角洲"
        ),
        Region::GuangdongOther => t!(
            l,
            "Guangdong, outside the Pearl River Delta",
            "廣東省珠江三角洲以外地區",
            "广东省珠江三角洲以外地区"
        ),
        Region::HongKong => t!(l, "Hong Kong", "香港", "香港"),
        Region::Elsewhere => t!(l, "Elsewhere", "其他地方", "其他地方"),
    }
}

pub fn route_label(r: Route, l: Lang) -> String {
    match r {
        Route::GdJointVenture => t!(
            l,
            "(a) A Sino-foreign equity or co-operative joint venture that the business is a party to",
            "(a) 該企業作為合營一方的中外合資或合作經營企業",
            "(a) 该企业作为合营一方的中外合资或合作经营企业"
        ),
        Route::GdWfoe => t!(
            l,
            "(b) A wholly foreign-owned enterprise set up with the business's capital",
            "(b) 以該企業資金成立的外商獨資企業",
            "(b) 以该企业资金成立的外商独资企业"
        ),
        Route::GdProcessingAgreement => t!(
            l,
            "(c) A Mainland enterprise with a processing, assembly or compensation-trade agreement with the business",
            "(c) 與該企業訂有來料加工、裝配或補償貿易協議的內地企業",
            "(c) 与该企业订有来料加工、装配或补偿贸易协议的内地企业"
        ),
        Route::GdResidentMajority => t!(
            l,
            "(d) A Mainland enterprise majority-held by a Hong Kong resident who also holds part of the business",
            "(d) 由同時持有該企業股份的香港居民持有多數股權的內地企業",
            "(d) 由同时持有该企业股份的香港居民持有多数股权的内地企业"
        ),
        Route::HkFactory => t!(
            l,
            "The business owns and operates a factory in Hong Kong",
            "該企業在香港擁有及經營工廠",
            "该企业在香港拥有及经营工厂"
        ),
        Route::HkWorkshop => t!(
            l,
            "The business owns and operates a workshop in Hong Kong with polluting processes (e.g. paint spraying, solvent cleaning, engine testing)",
            "該企業在香港擁有及經營涉及污染工序的工場（例如噴油、溶劑清洗、引擎測試）",
            "该企业在香港拥有及经营涉及污染工序的工场（例如喷油、溶剂清洗、引擎测试）"
        ),
        Route::None => t!(l, "None of these", "以上皆不是", "以上皆不是"),
    }
}

pub fn sector_label(s: Sector, l: Lang) -> String {
    match s {
        Sector::ChemicalProducts => t!(l, "Chemical products", "化學製品", "化学制品"),
        Sector::FoodAndBeverage => t!(l, "Food and beverage", "食品和飲品", "食品和饮品"),
        Sector::Furniture => t!(l, "Furniture", "傢具", "家具"),
        Sector::MetalProducts => t!(
            l,
            "Metal and metal products",
            "金屬和金屬製品",
            "金属和金属制品"
        ),
        Sector::NonMetallicMineralProducts => t!(
            l,
            "Non-metallic mineral products",
            "非金屬礦產品",
            "非金属矿产品"
        ),
        Sector::PaperProducts => t!(l, "Paper and paper products", "造紙和紙品", "造纸和纸品"),
        Sector::PrintingPublishing => t!(l, "Printing and publishing", "印刷和出版", "印刷和出版"),
        Sector::Textiles => t!(l, "Textiles", "紡織", "纺织"),
        Sector::Other => t!(l, "Another industry", "其他行業", "其他行业"),
    }
}

pub fn origin_label(o: TechnologyOrigin, l: Lang) -> String {
    match o {
        TechnologyOrigin::HongKong => t!(
            l,
            "Developed by a Hong Kong institution",
            "由香港機構研發",
            "由香港机构研发"
        ),
        TechnologyOrigin::GuangdongHongKong => t!(
            l,
            "Developed jointly by Guangdong and Hong Kong institutions",
            "由粵港機構共同研發",
            "由粤港机构共同研发"
        ),
        TechnologyOrigin::Other => t!(l, "Developed elsewhere", "由其他機構研發", "由其他机构研发"),
    }
}

/// The question that asks for a field: "We need one more answer: <question>".
pub fn field_question(f: Field, l: Lang) -> String {
    match f {
        Field::Date => t!(l, "What is the application date?", "申請日期是哪一天？", "申请日期是哪一天？"),
        Field::Kind => t!(l, "Who is applying?", "申請者是誰？", "申请者是谁？"),
        Field::BrRegistered => t!(
            l,
            "Is the business registered under the Business Registration Ordinance (Cap. 310)?",
            "該企業是否已根據《商業登記條例》（第310章）登記？",
            "该企业是否已根据《商业登记条例》（第310章）登记？"
        ),
        Field::Route => t!(
            l,
            "How is the business tied to the factory?",
            "該企業與工廠有何關係？",
            "该企业与工厂有何关系？"
        ),
        Field::FactoryRegion => t!(l, "Where is the factory?", "工廠位於哪裏？", "工厂位于哪里？"),
        Field::ResidentShareMainland => t!(
            l,
            "What percentage of the Mainland enterprise does the Hong Kong resident hold?",
            "該香港居民持有內地企業多少百分比的股權？",
            "该香港居民持有内地企业多少百分比的股权？"
        ),
        Field::ResidentShareHkBusiness => t!(
            l,
            "What percentage of the Hong Kong business does the same person hold?",
            "同一人持有香港企業多少百分比的股權？",
            "同一人持有香港企业多少百分比的股权？"
        ),
        Field::Sector => t!(l, "Which industry is the factory in?", "工廠屬於哪個行業？", "工厂属于哪个行业？"),
        Field::Stream => t!(
            l,
            "What kind of project is it?",
            "屬於哪一類項目？",
            "属于哪一类项目？"
        ),
        Field::Cost => t!(
            l,
            "What is the estimated project cost?",
            "項目的估計費用是多少？",
            "项目的估计费用是多少？"
        ),
        Field::TechnologyOrigin => t!(
            l,
            "Who developed the technology?",
            "該技術由誰研發？",
            "该技术由谁研发？"
        ),
        Field::PreviousAssessmentCompleted => t!(
            l,
            "When was the earlier Programme-funded on-site assessment completed?",
            "之前獲計劃資助的實地評估於何時完成？",
            "之前获计划资助的实地评估于何时完成？"
        ),
        Field::RecommendedMeasureImplemented => t!(
            l,
            "Did the factory implement at least one improvement measure recommended in the approved assessment report, with investment in facilities of obvious environmental benefit?",
            "工廠有否落實最少一項獲批評估報告建議的改善措施，並涉及投資具明顯環境效益的設施？",
            "工厂有否落实最少一项获批评估报告建议的改善措施，并涉及投资具明显环境效益的设施？"
        ),
        Field::ProcessOrMaterialChanged => t!(
            l,
            "Has the factory changed its production process or material usage since?",
            "工廠其後有否改變生產工序或物料使用？",
            "工厂其后有否改变生产工序或物料使用？"
        ),
        Field::PursuingRecognition => t!(
            l,
            "Is the factory pursuing municipal, national or international recognition for cleaner production?",
            "工廠是否正爭取市級、國家級或國際級的清潔生產認可？",
            "工厂是否正争取市级、国家级或国际级的清洁生产认可？"
        ),
    }
}

// ------------------------------------------------------------ verdicts

/// The headline of a stream's answer.
pub fn headline(r: &StreamResult, l: Lang) -> String {
    match r.verdict {
        Verdict::Eligible => t!(l, "You can apply", "你可以申請", "你可以申请"),
        Verdict::Ineligible => match r.first_failure() {
            Some(f) => {
                let why = f.text(l);
                t!(
                    l,
                    format!("You cannot apply: {why}"),
                    format!("你不能申請：{why}"),
                    format!("你不能申请：{why}")
                )
            }
            None => t!(l, "You cannot apply", "你不能申請", "你不能申请"),
        },
        Verdict::CaseByCase => t!(l, "Decided case by case", "個別審批", "个别审批"),
        Verdict::NotOffered => t!(
            l,
            "This phase does not fund this",
            "今期計劃不資助這類項目",
            "今期计划不资助这类项目"
        ),
        Verdict::NeedsInformation => match r.missing.first() {
            Some(f) => {
                let q = field_question(*f, l);
                t!(
                    l,
                    format!("We need one more answer: {q}"),
                    format!("我們還需要一項資料：{q}"),
                    format!("我们还需要一项资料：{q}")
                )
            }
            None => t!(
                l,
                "We need one more answer",
                "我們還需要一項資料",
                "我们还需要一项资料"
            ),
        },
        Verdict::NoRuleSet => match r.reasons.first().map(|x| &x.why) {
            Some(Why::NoRuleSet { date, .. }) => {
                let d = l.date(*date);
                t!(
                    l,
                    format!("No phase of the programme takes applications on {d}"),
                    format!("計劃在{d}沒有任何一期接受申請"),
                    format!("计划在{d}没有任何一期接受申请")
                )
            }
            _ => t!(
                l,
                "No phase of the programme takes applications on that date",
                "計劃在該日沒有任何一期接受申請",
                "计划在该日没有任何一期接受申请"
            ),
        },
    }
}

/// A stream's answer in a few words, for tables: the verdict, and for a
/// stream only associations may apply for, that it is theirs.
pub fn stream_answer_short(r: &StreamResult, l: Lang) -> String {
    let for_associations = r.verdict == Verdict::Ineligible
        && matches!(
            r.first_failure().map(|f| &f.why),
            Some(Why::ApplicantKind {
                who: Who::Associations,
                ..
            })
        );
    if for_associations {
        return t!(
            l,
            "Associations only",
            "只供工商業協會申請",
            "只供工商业协会申请"
        );
    }
    verdict_short(r.verdict, l)
}

/// A verdict in a word or two, for tables.
pub fn verdict_short(v: Verdict, l: Lang) -> String {
    match v {
        Verdict::Eligible => t!(l, "Can apply", "可申請", "可申请"),
        Verdict::Ineligible => t!(l, "Cannot apply", "不能申請", "不能申请"),
        Verdict::CaseByCase => t!(l, "Case by case", "個別審批", "个别审批"),
        Verdict::NotOffered => t!(l, "Not offered", "不設此項", "不设此项"),
        Verdict::NeedsInformation => t!(l, "Need an answer", "需要資料", "需要资料"),
        Verdict::NoRuleSet => t!(l, "No phase open", "沒有計劃接受申請", "没有计划接受申请"),
    }
}

/// One sentence about the ceiling: "R% of <cost> is <share>, above the
/// <ceiling> ceiling, so the ceiling applies. The ceiling is reached at
/// <cost at which it binds>."
pub fn ceiling_sentence(a: &Amounts, l: Lang) -> Option<String> {
    let rate = format_percent(a.rate?);
    let cost = format_hkd(a.cost, l);
    let uncapped = format_hkd(a.uncapped?, l);
    let Some(ceiling) = a.ceiling else {
        if a.sponsorship.is_some() {
            return Some(t!(
                l,
                format!("{rate} of {cost} is {uncapped}; no ceiling is published for this stream."),
                format!("{cost}的{rate}為{uncapped}；此項目沒有公布資助上限。"),
                format!("{cost}的{rate}为{uncapped}；此项目没有公布资助上限。")
            ));
        }
        return None;
    };
    let c = format_hkd(ceiling, l);
    let first = match a.ceiling_applied {
        Some(true) => t!(
            l,
            format!(
                "{rate} of {cost} is {uncapped}, above the {c} ceiling, so the ceiling applies."
            ),
            format!("{cost}的{rate}為{uncapped}，高於{c}的上限，因此以上限計算。"),
            format!("{cost}的{rate}为{uncapped}，高于{c}的上限，因此以上限计算。")
        ),
        _ => t!(
            l,
            format!("{rate} of {cost} is {uncapped}, within the {c} ceiling."),
            format!("{cost}的{rate}為{uncapped}，未超過{c}的上限。"),
            format!("{cost}的{rate}为{uncapped}，未超过{c}的上限。")
        ),
    };
    match a.ceiling_reached_at {
        Some(at) => {
            let at = format_hkd(at, l);
            let second = t!(
                l,
                format!(" The ceiling is reached at {at}."),
                format!("費用達{at}即到達上限。"),
                format!("费用达{at}即到达上限。")
            );
            Some(first + &second)
        }
        None => Some(first),
    }
}

/// Who may apply for a stream, as a phrase.
pub fn who_text(w: Who, l: Lang) -> String {
    match w {
        Who::Factories => t!(
            l,
            "Hong Kong businesses with a factory",
            "擁有工廠的香港企業",
            "拥有工厂的香港企业"
        ),
        Who::FactoriesAndWorkshops => t!(
            l,
            "Hong Kong businesses with a factory, or a workshop with polluting processes",
            "擁有工廠或涉及污染工序工場的香港企業",
            "拥有工厂或涉及污染工序工场的香港企业"
        ),
        Who::Associations => t!(
            l,
            "trade and industry associations",
            "工商業協會",
            "工商业协会"
        ),
    }
}

fn stream_list(streams: &[Stream], l: Lang) -> String {
    let sep = l.pick("; ", "；", "；");
    streams
        .iter()
        .map(|s| stream_label(*s, l))
        .collect::<Vec<_>>()
        .join(sep)
}

fn hotline(l: Lang) -> String {
    let h = PROGRAMME.contacts.hotline;
    t!(
        l,
        format!("the hotline {h}"),
        format!("熱線{h}"),
        format!("热线{h}")
    )
}

// ------------------------------------------------------------ reasons

/// The text of a reason; `met` chooses between the met and unmet wording.
pub fn reason_text(why: &Why, met: bool, l: Lang) -> String {
    match why {
        Why::StreamOffered { stream, rule_set } => {
            let s = stream_label(*stream, l);
            t!(
                l,
                format!("The {rule_set} phase funds this: {s}."),
                format!("{rule_set}期計劃資助此類項目：{s}。"),
                format!("{rule_set}期计划资助此类项目：{s}。")
            )
        }
        Why::StreamNotOffered { stream, rule_set, offered } => {
            let s = stream_label(*stream, l);
            let o = stream_list(offered, l);
            t!(
                l,
                format!("The {rule_set} phase does not fund \"{s}\". It funds: {o}."),
                format!("{rule_set}期計劃不資助「{s}」。該期資助：{o}。"),
                format!("{rule_set}期计划不资助“{s}”。该期资助：{o}。")
            )
        }
        Why::StreamNotListed { stream, rule_set } => {
            let s = stream_label(*stream, l);
            let h = hotline(l);
            t!(
                l,
                format!("The sources for the {rule_set} phase do not list \"{s}\"; ask {h} whether it is offered."),
                format!("{rule_set}期計劃的資料沒有列出「{s}」；請向{h}查詢是否提供。"),
                format!("{rule_set}期计划的资料没有列出“{s}”；请向{h}查询是否提供。")
            )
        }
        Why::ApplicantKind { kind, who } => {
            let w = who_text(*who, l);
            if met {
                t!(
                    l,
                    format!("This stream is for {w}."),
                    format!("此項目供{w}申請。"),
                    format!("此项目供{w}申请。")
                )
            } else {
                let extra = match kind {
                    ApplicantKind::TradeAssociation => t!(
                        l,
                        " An association may apply for organisation support instead.",
                        "協會可改為申請機構支援。",
                        "协会可改为申请机构支援。"
                    ),
                    ApplicantKind::ServiceProvider => t!(
                        l,
                        " A service provider can join the free technology promotion activities and may be recognised under the Recognition Scheme.",
                        "服務供應商可參加免費的技術推廣活動，並可在認可計劃中獲得嘉許。",
                        "服务供应商可参加免费的技术推广活动，并可在认可计划中获得嘉许。"
                    ),
                    _ => String::new(),
                };
                match (who, kind) {
                    (Who::Associations, ApplicantKind::HkBusiness) => t!(
                        l,
                        "a trade or industry association may apply for this; a company may not.",
                        "此項目供工商業協會申請，公司不可申請。",
                        "此项目供工商业协会申请，公司不可申请。"
                    ),
                    _ => t!(
                        l,
                        format!("Only {w} may apply for this stream.{extra}"),
                        format!("此項目只供{w}申請。{extra}"),
                        format!("此项目只供{w}申请。{extra}")
                    ),
                }
            }
        }
        Why::BrRegistered => {
            if met {
                t!(
                    l,
                    "The business is registered under the Business Registration Ordinance (Cap. 310).",
                    "企業已根據《商業登記條例》（第310章）登記。",
                    "企业已根据《商业登记条例》（第310章）登记。"
                )
            } else {
                t!(
                    l,
                    "the business must be registered under the Business Registration Ordinance (Cap. 310). Register it first, then apply.",
                    "企業必須根據《商業登記條例》（第310章）登記。請先辦理登記，然後申請。",
                    "企业必须根据《商业登记条例》（第310章）登记。请先办理登记，然后申请。"
                )
            }
        }
        Why::RouteNone => t!(
            l,
            "the business must own and operate a factory (or workshop) in Hong Kong, or be tied to a factory in Guangdong in one of the ways (a) to (d).",
            "企業必須在香港擁有及經營工廠（或工場），或以(a)至(d)其中一種方式與廣東省的工廠相關。",
            "企业必须在香港拥有及经营工厂（或工场），或以(a)至(d)其中一种方式与广东省的工厂相关。"
        ),
        Why::RouteGuangdong { route } => {
            let r = route_label(*route, l);
            t!(
                l,
                format!("The factory in Guangdong is owned and operated by: {r}."),
                format!("廣東省工廠的擁有及經營者為：{r}。"),
                format!("广东省工厂的拥有及经营者为：{r}。")
            )
        }
        Why::HkFactoriesCovered { rule_set } => {
            if met {
                t!(
                    l,
                    format!("The {rule_set} phase covers factories in Hong Kong."),
                    format!("{rule_set}期計劃涵蓋香港的工廠。"),
                    format!("{rule_set}期计划涵盖香港的工厂。")
                )
            } else {
                t!(
                    l,
                    format!("the {rule_set} phase did not cover factories in Hong Kong."),
                    format!("{rule_set}期計劃不涵蓋香港的工廠。"),
                    format!("{rule_set}期计划不涵盖香港的工厂。")
                )
            }
        }
        Why::WorkshopsCovered { rule_set } => {
            if met {
                t!(
                    l,
                    format!("The {rule_set} phase covers workshops in Hong Kong with polluting processes."),
                    format!("{rule_set}期計劃涵蓋涉及污染工序的香港工場。"),
                    format!("{rule_set}期计划涵盖涉及污染工序的香港工场。")
                )
            } else {
                t!(
                    l,
                    format!("the {rule_set} phase did not cover workshops in Hong Kong."),
                    format!("{rule_set}期計劃不涵蓋香港的工場。"),
                    format!("{rule_set}期计划不涵盖香港的工场。")
                )
            }
        }
        Why::WorkshopStream { stream } => {
            let s = stream_label(*stream, l);
            if met {
                t!(
                    l,
                    format!("A workshop may apply for demonstration projects such as this one ({s})."),
                    format!("工場可申請示範項目，包括此項（{s}）。"),
                    format!("工场可申请示范项目，包括此项（{s}）。")
                )
            } else {
                t!(
                    l,
                    format!("a workshop may apply for demonstration projects only, not for \"{s}\"."),
                    format!("工場只可申請示範項目，不可申請「{s}」。"),
                    format!("工场只可申请示范项目，不可申请“{s}”。")
                )
            }
        }
        Why::FactoryRegion {
            region,
            route,
            prd_only,
            all_guangdong_from,
        } => {
            let r = region_label(*region, l);
            if met {
                t!(
                    l,
                    format!("The factory's location ({r}) is covered."),
                    format!("工廠所在地（{r}）在計劃範圍內。"),
                    format!("工厂所在地（{r}）在计划范围内。")
                )
            } else if route.is_guangdong() && *region == Region::GuangdongOther && *prd_only {
                let first = t!(
                    l,
                    "this phase covered factories in the Pearl River Delta only",
                    "該期計劃只涵蓋珠江三角洲的工廠",
                    "该期计划只涵盖珠江三角洲的工厂"
                );
                match all_guangdong_from {
                    Some(d) => {
                        let d = l.date(*d);
                        t!(
                            l,
                            format!("{first}; all of Guangdong was covered from {d}."),
                            format!("{first}；{d}起才涵蓋全廣東省。"),
                            format!("{first}；{d}起才涵盖全广东省。")
                        )
                    }
                    None => first + l.pick(".", "。", "。"),
                }
            } else if *region == Region::Elsewhere {
                t!(
                    l,
                    "the factory must be in Guangdong or Hong Kong.",
                    "工廠必須位於廣東省或香港。",
                    "工厂必须位于广东省或香港。"
                )
            } else if route.is_guangdong() {
                t!(
                    l,
                    format!("ties (a) to (d) concern a factory in Guangdong, but the factory is in: {r}."),
                    format!("(a)至(d)項關係適用於廣東省的工廠，但工廠位於：{r}。"),
                    format!("(a)至(d)项关系适用于广东省的工厂，但工厂位于：{r}。")
                )
            } else {
                t!(
                    l,
                    format!("a Hong Kong factory or workshop must be in Hong Kong, but the factory is in: {r}."),
                    format!("香港工廠或工場必須位於香港，但工廠位於：{r}。"),
                    format!("香港工厂或工场必须位于香港，但工厂位于：{r}。")
                )
            }
        }
        Why::ShareMainland { value, more_than } => {
            if met {
                t!(
                    l,
                    format!("The Hong Kong resident holds {value}% of the Mainland enterprise, more than {more_than}%."),
                    format!("該香港居民持有內地企業{value}%股權，超過{more_than}%。"),
                    format!("该香港居民持有内地企业{value}%股权，超过{more_than}%。")
                )
            } else {
                t!(
                    l,
                    format!("the Hong Kong resident must hold MORE than {more_than}% of the Mainland enterprise (holds {value}%)."),
                    format!("該香港居民必須持有內地企業超過{more_than}%的股權（現為{value}%）。"),
                    format!("该香港居民必须持有内地企业超过{more_than}%的股权（现为{value}%）。")
                )
            }
        }
        Why::ShareHkBusiness { value, at_least } => {
            if met {
                t!(
                    l,
                    format!("The same person holds {value}% of the Hong Kong business, at least {at_least}%."),
                    format!("同一人持有香港企業{value}%股權，不少於{at_least}%。"),
                    format!("同一人持有香港企业{value}%股权，不少于{at_least}%。")
                )
            } else {
                t!(
                    l,
                    format!("the same person must hold at least {at_least}% of the Hong Kong business (holds {value}%)."),
                    format!("同一人必須持有香港企業最少{at_least}%的股權（現為{value}%）。"),
                    format!("同一人必须持有香港企业最少{at_least}%的股权（现为{value}%）。")
                )
            }
        }
        Why::PrioritySector { sector, count } => {
            let s = sector_label(*sector, l);
            if met {
                t!(
                    l,
                    format!("The factory is in a priority sector ({s})."),
                    format!("工廠屬優先行業（{s}）。"),
                    format!("工厂属优先行业（{s}）。")
                )
            } else {
                t!(
                    l,
                    format!("The factory is outside the {count} priority sectors: it may still apply, and approval is decided case by case."),
                    format!("工廠不屬{count}個優先行業：仍可申請，但會個別審批。"),
                    format!("工厂不属{count}个优先行业：仍可申请，但会个别审批。")
                )
            }
        }
        Why::SectorPriority {
            sector,
            inside,
            count,
        } => match sector {
            Some(x) if *inside => {
                let s = sector_label(*x, l);
                t!(
                    l,
                    format!("The factory is in one of the {count} target sectors ({s}), which have priority for funding."),
                    format!("工廠屬{count}個目標行業之一（{s}），可獲優先資助。"),
                    format!("工厂属{count}个目标行业之一（{s}），可获优先资助。")
                )
            }
            Some(_) => t!(
                l,
                format!("The factory is outside the {count} target sectors. That does not rule it out, but priority for funding goes to factories in them."),
                format!("工廠不屬{count}個目標行業。這不影響申請資格，但目標行業的工廠可獲優先資助。"),
                format!("工厂不属{count}个目标行业。这不影响申请资格，但目标行业的工厂可获优先资助。")
            ),
            None => t!(
                l,
                format!("Priority for funding goes to factories in the {count} target sectors; a factory in another industry may still apply."),
                format!("{count}個目標行業的工廠可獲優先資助；其他行業的工廠仍可申請。"),
                format!("{count}个目标行业的工厂可获优先资助；其他行业的工厂仍可申请。")
            ),
        },
        Why::ApplicantTestAssumed { rule_set } => t!(
            l,
            format!("The {rule_set} phase's sources do not spell out who may apply; the estimator applies the detailed test that the later phases publish."),
            format!("{rule_set}期計劃的資料沒有詳列申請資格；本工具採用之後各期公布的詳細準則。"),
            format!("{rule_set}期计划的资料没有详列申请资格；本工具采用之后各期公布的详细准则。")
        ),
        Why::SecondAssessmentYears { completed, eligible_from, years } => {
            let (c, f) = (l.date(*completed), l.date(*eligible_from));
            if met {
                t!(
                    l,
                    format!("At least {years} years have passed since the earlier assessment was completed ({c})."),
                    format!("之前的評估於{c}完成，至今已最少{years}年。"),
                    format!("之前的评估于{c}完成，至今已最少{years}年。")
                )
            } else {
                t!(
                    l,
                    format!("a second on-site assessment needs {years} years since the earlier one was completed ({c}): apply on or after {f}."),
                    format!("第二次實地評估須在之前的評估完成（{c}）後滿{years}年：請於{f}或之後申請。"),
                    format!("第二次实地评估须在之前的评估完成（{c}）后满{years}年：请于{f}或之后申请。")
                )
            }
        }
        Why::SecondAssessmentMeasure => {
            if met {
                t!(
                    l,
                    "The factory implemented an improvement measure recommended in the approved assessment report.",
                    "工廠已落實獲批評估報告建議的改善措施。",
                    "工厂已落实获批评估报告建议的改善措施。"
                )
            } else {
                t!(
                    l,
                    "for a second assessment the factory must first implement at least one recommended improvement measure involving investment in facilities with obvious environmental benefit.",
                    "申請第二次評估前，工廠須落實最少一項建議的改善措施，並涉及投資具明顯環境效益的設施。",
                    "申请第二次评估前，工厂须落实最少一项建议的改善措施，并涉及投资具明显环境效益的设施。"
                )
            }
        }
        Why::SecondAssessmentChange => {
            if met {
                t!(
                    l,
                    "The factory has changed its process or materials, or is pursuing recognition for cleaner production.",
                    "工廠已改變生產工序或物料使用，或正爭取清潔生產認可。",
                    "工厂已改变生产工序或物料使用，或正争取清洁生产认可。"
                )
            } else {
                t!(
                    l,
                    "for a second assessment the factory must have changed its production process or material usage, or be pursuing municipal, national or international recognition for cleaner production.",
                    "申請第二次評估，工廠須已改變生產工序或物料使用，或正爭取市級、國家級或國際級的清潔生產認可。",
                    "申请第二次评估，工厂须已改变生产工序或物料使用，或正争取市级、国家级或国际级的清洁生产认可。"
                )
            }
        }
        Why::Terms { rate, ceiling, months } => {
            let r = rate.map(format_percent);
            let mut s = match (r, ceiling) {
                (Some(r), Ceiling::Published { amount, per }) => {
                    let c = format_hkd(amount.amount(), l);
                    match per {
                        Per::Project => t!(
                            l,
                            format!("The programme pays {r} of the cost, up to {c} a project."),
                            format!("計劃資助費用的{r}，每個項目上限為{c}。"),
                            format!("计划资助费用的{r}，每个项目上限为{c}。")
                        ),
                        Per::Factory => t!(
                            l,
                            format!("The programme pays {r} of the cost, up to {c} a factory."),
                            format!("計劃資助費用的{r}，每間工廠上限為{c}。"),
                            format!("计划资助费用的{r}，每间工厂上限为{c}。")
                        ),
                    }
                }
                (Some(r), _) => t!(
                    l,
                    format!("The programme pays {r} of the cost."),
                    format!("計劃資助費用的{r}。"),
                    format!("计划资助费用的{r}。")
                ),
                (None, Ceiling::Published { amount, .. }) => {
                    let c = format_hkd(amount.amount(), l);
                    t!(
                        l,
                        format!("The programme pays up to {c} a project."),
                        format!("計劃每個項目資助上限為{c}。"),
                        format!("计划每个项目资助上限为{c}。")
                    )
                }
                (None, _) => t!(
                    l,
                    "The programme funds this stream.",
                    "計劃資助此類項目。",
                    "计划资助此类项目。"
                ),
            };
            if let Some(m) = months {
                s += &t!(
                    l,
                    format!(" The project must be finished within {m} months."),
                    format!("項目須於{m}個月內完成。"),
                    format!("项目须于{m}个月内完成。")
                );
            }
            s
        }
        Why::OriginCeiling { origin, amount, other_amount } => {
            let o = origin_label(*origin, l);
            let (a, b) = (format_hkd(*amount, l), format_hkd(*other_amount, l));
            t!(
                l,
                format!("{o}: the ceiling is {a} (otherwise {b})."),
                format!("技術{o}：上限為{a}（其他情況為{b}）。"),
                format!("技术{o}：上限为{a}（其他情况为{b}）。")
            )
        }
        Why::RateNotPublished { ceiling } => {
            let h = hotline(l);
            match ceiling {
                Some(c) => {
                    let c = format_hkd(*c, l);
                    t!(
                        l,
                        format!("The rate is not published (the ceiling is {c}), so no amount is estimated: ask {h}."),
                        format!("資助比率沒有公布（上限為{c}），因此不作估算：請向{h}查詢。"),
                        format!("资助比率没有公布（上限为{c}），因此不作估算：请向{h}查询。")
                    )
                }
                None => t!(
                    l,
                    format!("The rate and ceiling are not published, so no amount is estimated: ask {h}."),
                    format!("資助比率及上限沒有公布，因此不作估算：請向{h}查詢。"),
                    format!("资助比率及上限没有公布，因此不作估算：请向{h}查询。")
                ),
            }
        }
        Why::CeilingNotPublished { rate, at_most } => {
            let r = format_percent(*rate);
            let h = hotline(l);
            match at_most {
                Some(m) => {
                    let m = format_hkd(*m, l);
                    t!(
                        l,
                        format!("The ceiling is not published, so no amount is estimated: at {r} it is at most {m}. Ask {h}."),
                        format!("資助上限沒有公布，因此不作估算：按{r}計算最多為{m}。請向{h}查詢。"),
                        format!("资助上限没有公布，因此不作估算：按{r}计算最多为{m}。请向{h}查询。")
                    )
                }
                None => t!(
                    l,
                    format!("The ceiling is not published, so no amount is estimated (the rate is {r}). Ask {h}."),
                    format!("資助上限沒有公布，因此不作估算（資助比率為{r}）。請向{h}查詢。"),
                    format!("资助上限没有公布，因此不作估算（资助比率为{r}）。请向{h}查询。")
                ),
            }
        }
        Why::NoCeilingStated { rate } => {
            let r = format_percent(*rate);
            t!(
                l,
                format!("The sources say \"up to {r}\" and publish no ceiling; the estimate applies none. The committee may grant less."),
                format!("資料只說明資助「最高{r}」，沒有公布上限；估算不設上限。委員會可批出較少金額。"),
                format!("资料只说明资助“最高{r}”，没有公布上限；估算不设上限。委员会可批出较少金额。")
            )
        }
        Why::PastPractice => t!(
            l,
            "In the first phase, applications were turned down where the technology was already commonly adopted or already covered by an approved demonstration project.",
            "在首期計劃中，若技術已被普遍採用或已有獲批示範項目涵蓋，申請曾被拒絕。",
            "在首期计划中，若技术已被普遍采用或已有获批示范项目涵盖，申请曾被拒绝。"
        ),
        Why::AssumedEligible => t!(
            l,
            "This is a quick estimate: the applicant is assumed to be eligible, which has not been checked.",
            "這是快速估算：假設申請者符合資格，並未核實。",
            "这是快速估算：假设申请者符合资格，并未核实。"
        ),
        Why::Missing { fields } => {
            let sep = l.pick(" ", "", "");
            let qs = fields.iter().map(|f| field_question(*f, l)).collect::<Vec<_>>().join(sep);
            t!(
                l,
                format!("Still needed: {qs}"),
                format!("尚需資料：{qs}"),
                format!("尚需资料：{qs}")
            )
        }
        Why::NoRuleSet { date, before, after } => {
            let d = l.date(*date);
            let mut s = t!(
                l,
                format!("No phase of the programme takes applications on {d}."),
                format!("計劃在{d}沒有任何一期接受申請。"),
                format!("计划在{d}没有任何一期接受申请。")
            );
            if let Some(b) = before {
                let (id, to) = (b.id, l.date(b.to));
                s += &t!(
                    l,
                    format!(" The {id} phase closed on {to}."),
                    format!("{id}期計劃於{to}截止。"),
                    format!("{id}期计划于{to}截止。")
                );
            }
            if let Some(a) = after {
                let (id, from) = (a.id, l.date(a.from));
                s += &t!(
                    l,
                    format!(" The {id} phase opened on {from}."),
                    format!("{id}期計劃於{from}開始接受申請。"),
                    format!("{id}期计划于{from}开始接受申请。")
                );
            } else {
                let h = hotline(l);
                s += &t!(
                    l,
                    format!(" This estimator knows no later phase: ask {h}."),
                    format!("本估算工具沒有之後各期的資料：請向{h}查詢。"),
                    format!("本估算工具没有之后各期的资料：请向{h}查询。")
                );
            }
            s
        }
    }
}

// ------------------------------------------------------------ notices, information

pub fn notice_text(n: &Notice, l: Lang) -> String {
    let h = hotline(l);
    match n {
        Notice::PhaseClosed { rule_set, to } => {
            let to = l.date(*to);
            t!(
                l,
                format!("The {rule_set} phase stopped taking applications on {to}. Check the current rules with {h}."),
                format!("{rule_set}期計劃已於{to}截止申請。請向{h}查詢現行規則。"),
                format!("{rule_set}期计划已于{to}截止申请。请向{h}查询现行规则。")
            )
        }
        Notice::SourcesOld { rule_set, as_of, years } => match as_of {
            Some(d) => {
                let d = l.date(*d);
                t!(
                    l,
                    format!("The sources for the {rule_set} phase date from {d}, more than {years} years ago. Check the current rules with {h}."),
                    format!("{rule_set}期計劃的資料來自{d}，已超過{years}年。請向{h}查詢現行規則。"),
                    format!("{rule_set}期计划的资料来自{d}，已超过{years}年。请向{h}查询现行规则。")
                )
            }
            None => t!(
                l,
                format!("The sources for the {rule_set} phase are undated. Check the current rules with {h}."),
                format!("{rule_set}期計劃的資料沒有註明日期。請向{h}查詢現行規則。"),
                format!("{rule_set}期计划的资料没有注明日期。请向{h}查询现行规则。")
            ),
        },
        Notice::Provisional { rule_set, to } => {
            let d = l.date(*to);
            t!(
                l,
                format!("The programme's terms after {d} are not in this estimator's sources. These are the terms of the {rule_set} phase; confirm with {h} before relying on them."),
                format!("本估算工具的資料並未包括計劃在{d}之後的條款。以下是{rule_set}期計劃的條款；請先向{h}確認，才作依據。"),
                format!("本估算工具的资料并未包括计划在{d}之后的条款。以下是{rule_set}期计划的条款；请先向{h}确认，才作依据。")
            )
        }
        Notice::DatesAssumed { rule_set } => t!(
            l,
            format!("The sources do not give the exact opening or closing date of the {rule_set} phase; the dates shown are the estimator's assumption. Check with {h}."),
            format!("資料沒有列明{rule_set}期計劃的確實開始或截止日期；所示日期為本工具的假設。請向{h}查詢。"),
            format!("资料没有列明{rule_set}期计划的确实开始或截止日期；所示日期为本工具的假设。请向{h}查询。")
        ),
    }
}

/// Technology promotion activities as an answer of their own: who may
/// take part, that it is free, how to register.
pub fn technology_promotion_label(l: Lang) -> String {
    t!(
        l,
        "Technology promotion activities",
        "技術推廣活動",
        "技术推广活动"
    )
}

/// The answer in a word or two, for the streams table.
pub fn technology_promotion_short(l: Lang) -> String {
    t!(
        l,
        "Open to all, free",
        "歡迎所有人參加，免費",
        "欢迎所有人参加，免费"
    )
}

pub fn technology_promotion_text(l: Lang) -> String {
    let h = hotline(l);
    t!(
        l,
        format!("Anyone may take part: factories, trade and industry associations, service providers and the public. Seminars, factory visits and exhibitions are free; there is nothing to apply for. Register for an event on the events page, or ask {h}."),
        format!("歡迎所有人參加：工廠、工商業協會、服務供應商及公眾人士。研討會、工廠參觀及展覽全部免費，毋須申請資助。請在活動網頁報名，或向{h}查詢。"),
        format!("欢迎所有人参加：工厂、工商业协会、服务供应商及公众人士。研讨会、工厂参观及展览全部免费，毋须申请资助。请在活动网页报名，或向{h}查询。")
    )
}

pub fn info_text(i: Info, l: Lang) -> String {
    let h = hotline(l);
    match i {
        Info::Recognition => {
            let r = &PROGRAMME.recognition;
            let (y, m) = (r.launched_year, r.launched_month);
            let mut s = t!(
                l,
                format!("The Hong Kong–Guangdong Cleaner Production Partners Recognition Scheme (since {m}/{y}) recognises manufacturing factories (Excellent Partner, Partner), supply-chain sourcing enterprises and environmental technology service providers."),
                format!("「粵港清潔生產伙伴」標誌計劃（{y}年{m}月起）嘉許製造業工廠（優越伙伴、伙伴）、供應鏈採購企業及環境技術服務供應商。"),
                format!("「粤港清洁生产伙伴」标志计划（{y}年{m}月起）嘉许制造业工厂（优越伙伴、伙伴）、供应链采购企业及环境技术服务供应商。")
            );
            for a in r.cash_awards {
                let (e, p) = (
                    format_rmb(a.excellent_partner.amount(), l),
                    format_rmb(a.partner.amount(), l),
                );
                let from = a.from_year;
                let years = match (a.to_year, a.reported_to_year) {
                    (Some(to), _) if to == from => t!(
                        l,
                        format!("label year {from}"),
                        format!("{from}年度標誌"),
                        format!("{from}年度标志")
                    ),
                    (Some(to), _) => t!(
                        l,
                        format!("label years {from}–{to}"),
                        format!("{from}至{to}年度標誌"),
                        format!("{from}至{to}年度标志")
                    ),
                    (None, Some(reported)) => t!(
                        l,
                        format!("label years from {from}; reported up to {reported}, later years assumed"),
                        format!("{from}年度起的標誌；資料只報道至{reported}年度，其後年度屬本工具的假設"),
                        format!("{from}年度起的标志；资料只报道至{reported}年度，其后年度属本工具的假设")
                    ),
                    (None, None) => t!(
                        l,
                        format!("label years from {from}"),
                        format!("{from}年度起的標誌"),
                        format!("{from}年度起的标志")
                    ),
                };
                let amount = if e == p {
                    t!(
                        l,
                        format!("{e} for enterprises commended in a manufacturing category"),
                        format!("獲嘉許的製造業類別企業可獲{e}"),
                        format!("获嘉许的制造业类别企业可获{e}")
                    )
                } else {
                    t!(
                        l,
                        format!("{e} for Excellent Partners and {p} for Partners"),
                        format!("優越伙伴{e}、伙伴{p}"),
                        format!("优越伙伴{e}、伙伴{p}")
                    )
                };
                let once = match a.one_off {
                    Some(true) => t!(
                        l,
                        ", one-off, not paid again to an enterprise already rewarded",
                        "，屬一次性，已獲獎勵的企業不會再獲發",
                        "，属一次性，已获奖励的企业不会再获发"
                    ),
                    Some(false) => String::new(),
                    None => t!(
                        l,
                        " (the source does not say whether it is one-off)",
                        "（資料沒有說明是否屬一次性）",
                        "（资料没有说明是否属一次性）"
                    ),
                };
                s += &t!(
                    l,
                    format!(" Cash award ({years}): {amount}{once}."),
                    format!("現金獎勵（{years}）：{amount}{once}。"),
                    format!("现金奖励（{years}）：{amount}{once}。")
                );
            }
            if r.guangdong_only_assumed {
                s += &t!(
                    l,
                    " The cash award is paid by Guangdong; the estimator assumes it is for factories in Guangdong.",
                    "現金獎勵由廣東省發放；本工具假設只適用於廣東省的工廠。",
                    "现金奖励由广东省发放；本工具假设只适用于广东省的工厂。"
                );
            }
            s += &t!(
                l,
                " Label holders may also be considered for a discount on export credit insurance premiums by the Hong Kong Export Credit Insurance Corporation.",
                "標誌持有者亦可獲香港出口信用保險局考慮提供出口信用保險保費折扣。",
                "标志持有者亦可获香港出口信用保险局考虑提供出口信用保险保费折扣。"
            );
            s
        }
        Info::Guide => t!(
            l,
            format!("Eligible cost items, the minimum project cost, how many projects a factory may have, double funding, payment instalments and the documents needed are set out in the application guide; this estimate does not cover them. Ask {h} or write to {}.", PROGRAMME.contacts.email),
            format!("合資格開支項目、最低項目費用、每間工廠可申請的項目數目、重複資助、分期付款及所需文件，載於申請指引；本估算並不涵蓋。請向{h}查詢或電郵至{}。", PROGRAMME.contacts.email),
            format!("合资格开支项目、最低项目费用、每间工厂可申请的项目数目、重复资助、分期付款及所需文件，载于申请指引；本估算并不涵盖。请向{h}查询或电邮至{}。", PROGRAMME.contacts.email)
        ),
    }
}

/// "This is an estimate; the committee decides."
pub fn estimate_disclaimer(l: Lang) -> String {
    t!(
        l,
        "This is an estimate. The programme's committee decides every application.",
        "以上只屬估算。所有申請由計劃的委員會決定。",
        "以上只属估算。所有申请由计划的委员会决定。"
    )
}

/// What replaces the widget if it ever fails (a panic): never a frozen form.
pub fn crash_message(hotline: &str, l: Lang) -> String {
    t!(
        l,
        format!("Sorry, the estimator has stopped working. Your answers could not be kept. Reload the page to try again, or call the hotline on {hotline}."),
        format!("抱歉，估算工具已停止運作，未能保留你的答案。請重新載入網頁再試，或致電熱線 {hotline}。"),
        format!("抱歉，估算工具已停止运作，未能保留你的答案。请重新加载网页再试，或致电热线 {hotline}。")
    )
}

// ------------------------------------------------------------ errors

pub fn money_error(e: MoneyError, l: Lang) -> String {
    match e {
        MoneyError::Empty => t!(
            l,
            "Enter the estimated project cost in Hong Kong dollars, for example 250,000.",
            "請輸入項目的估計費用（港元），例如250,000。",
            "请输入项目的估计费用（港元），例如250,000。"
        ),
        MoneyError::NotANumber => t!(
            l,
            "The cost is not an amount we can read. Type digits, for example 250,000, HK$250,000.50, 1.2m or 33萬.",
            "無法讀取所輸入的費用。請輸入數字，例如250,000、港幣250,000.50元、1.2m或33萬。",
            "无法读取所输入的费用。请输入数字，例如250,000、港币250,000.50元、1.2m或33万。"
        ),
        MoneyError::NotPositive => t!(
            l,
            "The cost must be more than zero.",
            "費用必須大於零。",
            "费用必须大于零。"
        ),
        MoneyError::TooManyDecimals => t!(
            l,
            "The cost can have at most two decimal places (cents), for example 12,345.67.",
            "費用最多只可有兩個小數位（仙），例如12,345.67。",
            "费用最多只可有两个小数位（仙），例如12,345.67。"
        ),
        MoneyError::TooLarge => t!(
            l,
            "The cost must be less than HK$1,000,000,000,000. Check the number of zeros.",
            "費用必須少於港幣1,000,000,000,000元。請檢查零的數目。",
            "费用必须少于港币1,000,000,000,000元。请检查零的数目。"
        ),
        MoneyError::MisplacedSeparator => t!(
            l,
            "The commas are in the wrong place: put one every three digits (1,000,000), or leave them out (1000000).",
            "逗號位置不正確：請每三位數字加一個逗號（1,000,000），或不加逗號（1000000）。",
            "逗号位置不正确：请每三位数字加一个逗号（1,000,000），或不加逗号（1000000）。"
        ),
    }
}

pub fn input_error_text(e: &InputError, l: Lang) -> String {
    let f = &e.field;
    match &e.kind {
        InputErrorKind::Money(m) => money_error(*m, l),
        InputErrorKind::Date(DateError::Malformed) => t!(
            l,
            format!("{f}: write the date as YYYY-MM-DD, for example 2018-05-01."),
            format!("{f}：請以YYYY-MM-DD格式填寫日期，例如2018-05-01。"),
            format!("{f}：请以YYYY-MM-DD格式填写日期，例如2018-05-01。")
        ),
        InputErrorKind::Date(DateError::NoSuchDay) => t!(
            l,
            format!("{f}: there is no such day in the calendar; check the month and day."),
            format!("{f}：日曆上沒有這一天，請檢查月份和日子。"),
            format!("{f}：日历上没有这一天，请检查月份和日子。")
        ),
        InputErrorKind::Required => t!(
            l,
            format!("{f} is required."),
            format!("必須提供{f}。"),
            format!("必须提供{f}。")
        ),
        InputErrorKind::UnknownValue { value, expected } => {
            let ex = expected.join(", ");
            t!(
                l,
                format!("{f}: \"{value}\" is not a value we know. Use one of: {ex}."),
                format!("{f}：不認識「{value}」。請使用以下其中之一：{ex}。"),
                format!("{f}：不认识“{value}”。请使用以下其中之一：{ex}。")
            )
        }
        InputErrorKind::WrongType { expected } => t!(
            l,
            format!("{f} must be {expected}."),
            format!("{f}的類型必須是{expected}。"),
            format!("{f}的类型必须是{expected}。")
        ),
        InputErrorKind::Percent => t!(
            l,
            format!("{f} must be a percentage from 0 to 100, for example 50.01."),
            format!("{f}必須是0至100之間的百分比，例如50.01。"),
            format!("{f}必须是0至100之间的百分比，例如50.01。")
        ),
        InputErrorKind::UnknownField { suggestion } => match suggestion {
            Some(s) => t!(
                l,
                format!("{f} is not a field of a case. Did you mean {s}?"),
                format!("{f}不是個案的欄位。你是否指{s}？"),
                format!("{f}不是个案的栏位。你是否指{s}？")
            ),
            None => t!(
                l,
                format!("{f} is not a field of a case; remove it."),
                format!("{f}不是個案的欄位，請刪除。"),
                format!("{f}不是个案的栏位，请删除。")
            ),
        },
        InputErrorKind::CompletedAfterApplication { date } => {
            let d = l.date(*date);
            t!(
                l,
                format!("{f}: the earlier assessment cannot be completed after the application date ({d}); check both dates."),
                format!("{f}：之前的評估不可能在申請日期（{d}）之後完成；請檢查兩個日期。"),
                format!("{f}：之前的评估不可能在申请日期（{d}）之后完成；请检查两个日期。")
            )
        }
        InputErrorKind::Syntax {
            line,
            column,
            detail,
        } => t!(
            l,
            format!("The input is not a valid case (line {line}, column {column}): {detail}"),
            format!("輸入的不是有效的個案（第{line}行，第{column}列）：{detail}"),
            format!("输入的不是有效的个案（第{line}行，第{column}列）：{detail}")
        ),
    }
}

// ------------------------------------------------------------ interface words

/// Short interface words shared by the summary, the command line and the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    Sponsorship,
    ApplicantPays,
    Phase,
    Conditions,
    OtherStreams,
    Notices,
    Assumption,
    Source,
    Met,
    NotMet,
    CaseByCase,
    Missing,
    NextSteps,
    Hotline,
    Email,
    Guide,
    NotPublished,
    Cost,
    Rate,
    Ceiling,
    NoCeiling,
    Information,
    Stream,
    Verdict,
    Case,
}

pub fn ui(u: Ui, l: Lang) -> String {
    match u {
        Ui::Sponsorship => t!(l, "Estimated sponsorship", "估計資助額", "估计资助额"),
        Ui::ApplicantPays => t!(l, "You pay", "你須支付", "你须支付"),
        Ui::Phase => t!(l, "Phase", "計劃期數", "计划期数"),
        Ui::Conditions => t!(l, "Conditions checked", "已核對的條件", "已核对的条件"),
        Ui::OtherStreams => t!(
            l,
            "Every stream for the same applicant and cost",
            "同一申請者及費用下的所有項目",
            "同一申请者及费用下的所有项目"
        ),
        Ui::Notices => t!(l, "Please note", "請注意", "请注意"),
        Ui::Assumption => t!(l, "assumption", "假設", "假设"),
        Ui::Source => t!(l, "source", "資料來源", "资料来源"),
        Ui::Met => t!(l, "met", "符合", "符合"),
        Ui::NotMet => t!(l, "not met", "不符合", "不符合"),
        Ui::CaseByCase => t!(l, "case by case", "個別審批", "个别审批"),
        Ui::Missing => t!(l, "answer needed", "需要資料", "需要资料"),
        Ui::NextSteps => t!(l, "Next steps", "下一步", "下一步"),
        Ui::Hotline => t!(
            l,
            "Cleaner Production hotline",
            "清潔生產熱線",
            "清洁生产热线"
        ),
        Ui::Email => t!(l, "Email", "電郵", "电邮"),
        Ui::Guide => t!(l, "Application guide", "申請指引", "申请指引"),
        Ui::NotPublished => t!(l, "not published", "沒有公布", "没有公布"),
        Ui::Cost => t!(l, "Estimated project cost", "估計項目費用", "估计项目费用"),
        Ui::Rate => t!(l, "Rate", "資助比率", "资助比率"),
        Ui::Ceiling => t!(l, "Ceiling", "上限", "上限"),
        Ui::NoCeiling => t!(l, "none published", "沒有公布", "没有公布"),
        Ui::Information => t!(l, "Also worth knowing", "其他資訊", "其他资讯"),
        Ui::Stream => t!(l, "Project", "項目", "项目"),
        Ui::Verdict => t!(l, "Answer", "結果", "结果"),
        Ui::Case => t!(l, "Case", "個案", "个案"),
    }
}

/// "2015-2020 (applications 15 June 2015 to 31 March 2020)"; after the
/// last known phase: "2025-2027, provisional: ... later terms not known".
pub fn phase_line(
    id: &str,
    from: crate::date::Date,
    to: crate::date::Date,
    provisional: bool,
    l: Lang,
) -> String {
    let (f, t_) = (l.date(from), l.date(to));
    if provisional {
        return t!(
            l,
            format!(
                "{id} (applications {f} to {t_}), provisional: the terms after {t_} are not known"
            ),
            format!("{id}期（申請日期：{f}至{t_}），暫用：{t_}之後的條款未知"),
            format!("{id}期（申请日期：{f}至{t_}），暂用：{t_}之后的条款未知")
        );
    }
    t!(
        l,
        format!("{id} (applications {f} to {t_})"),
        format!("{id}期（申請日期：{f}至{t_}）"),
        format!("{id}期（申请日期：{f}至{t_}）")
    )
}

// ------------------------------------------------------------ the widget

/// The widget's own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum W {
    Intro,
    Yes,
    No,
    CostLabel,
    CostHint,
    DateLabel,
    DateHint,
    DatePinned,
    ShareHint,
    DateFieldHint,
    HadPrevious,
    Submit,
    Reset,
    CopySummary,
    Copied,
    Print,
    ShareLink,
    CopyLink,
    LinkCopied,
    CopyFailed,
    ErrorTitle,
    LinkProblem,
    LinkTooLong,
    RatesTitle,
    NeedsJavaScript,
    Language,
    SummaryLanguage,
    YourEstimate,
    NoPhase,
    GovernmentPays,
    ChartTitle,
    Activities,
    Recognition,
    ApplicationGuide,
    CallHotline,
    WriteEmail,
    StaffTitle,
    Rate,
    Ceiling,
    YouPay,
    Crashed,
    StreamHint,
    EventsPage,
}

pub fn w(k: W, l: Lang) -> String {
    match k {
        W::Intro => t!(
            l,
            "Answer a few questions to see what the programme would pay towards your project. Nothing you type leaves this page.",
            "回答幾條問題，即可知道計劃會為你的項目資助多少。你輸入的資料不會離開此網頁。",
            "回答几条问题，即可知道计划会为你的项目资助多少。你输入的资料不会离开此网页。"
        ),
        W::Yes => t!(l, "Yes", "是", "是"),
        W::No => t!(l, "No", "否", "否"),
        W::CostLabel => t!(l, "Estimated project cost (HK$)", "估計項目費用（港元）", "估计项目费用（港元）"),
        W::CostHint => t!(
            l,
            "For example 250,000, HK$250,000.50, 1.2m or 33萬.",
            "例如250,000、港幣250,000.50元、1.2m或33萬。",
            "例如250,000、港币250,000.50元、1.2m或33万。"
        ),
        W::DateLabel => t!(l, "Application date", "申請日期", "申请日期"),
        W::DateHint => t!(
            l,
            "The date chooses the phase of the programme whose rules apply.",
            "申請日期決定適用哪一期計劃的規則。",
            "申请日期决定适用哪一期计划的规则。"
        ),
        W::DatePinned => t!(l, "This page is about applications dated", "本頁適用於申請日期為", "本页适用于申请日期为"),
        W::ShareHint => t!(l, "A percentage, for example 50.01.", "百分比，例如50.01。", "百分比，例如50.01。"),
        W::DateFieldHint => t!(l, "Written YYYY-MM-DD, for example 2016-06-01.", "格式為YYYY-MM-DD，例如2016-06-01。", "格式为YYYY-MM-DD，例如2016-06-01。"),
        W::HadPrevious => t!(
            l,
            "Has the factory had a Programme-funded on-site assessment before?",
            "工廠以前曾否獲計劃資助進行實地評估？",
            "工厂以前曾否获计划资助进行实地评估？"
        ),
        W::Submit => t!(l, "Show my estimate", "顯示估算結果", "显示估算结果"),
        W::Reset => t!(l, "Start again", "重新開始", "重新开始"),
        W::CopySummary => t!(l, "Copy summary", "複製摘要", "复制摘要"),
        W::Copied => t!(l, "Summary copied.", "摘要已複製。", "摘要已复制。"),
        W::Print => t!(l, "Print", "列印", "打印"),
        W::ShareLink => t!(l, "Link to this case", "此個案的連結", "此个案的链接"),
        W::CopyLink => t!(l, "Copy link", "複製連結", "复制链接"),
        W::LinkCopied => t!(l, "Link copied.", "連結已複製。", "链接已复制。"),
        W::CopyFailed => t!(
            l,
            "The browser did not allow copying. Select the text and copy it yourself.",
            "瀏覽器不允許複製。請自行選取文字並複製。",
            "浏览器不允许复制。请自行选取文字并复制。"
        ),
        W::ErrorTitle => t!(l, "There is a problem", "資料有問題", "资料有问题"),
        W::LinkProblem => t!(
            l,
            "The link you opened could not be read in full. Check the answers below.",
            "無法完整讀取你開啟的連結。請檢查以下答案。",
            "无法完整读取你打开的链接。请检查以下答案。"
        ),
        W::LinkTooLong => t!(
            l,
            "This link is too long to be read back: shorten the very long answers first.",
            "此連結太長，無法讀回：請先縮短過長的答案。",
            "此链接太长，无法读回：请先缩短过长的答案。"
        ),
        W::RatesTitle => t!(
            l,
            "Rates and ceilings for an application made today",
            "今天提出申請的資助比率及上限",
            "今天提出申请的资助比率及上限"
        ),
        W::NeedsJavaScript => t!(
            l,
            "The estimator needs JavaScript, which is off in this browser. The current rates and ceilings are below, and the hotline can answer any question.",
            "估算工具需要使用JavaScript，但此瀏覽器已停用。以下是現行的資助比率及上限，熱線亦可解答任何問題。",
            "估算工具需要使用JavaScript，但此浏览器已停用。以下是现行的资助比率及上限，热线亦可解答任何问题。"
        ),
        W::Language => t!(l, "Language", "語言", "语言"),
        W::SummaryLanguage => t!(l, "Summary language", "摘要語言", "摘要语言"),
        W::YourEstimate => t!(l, "Your estimate", "估算結果", "估算结果"),
        W::NoPhase => t!(l, "No phase takes applications on this date", "此日期沒有任何一期計劃接受申請", "此日期没有任何一期计划接受申请"),
        W::GovernmentPays => t!(l, "The programme pays", "計劃資助", "计划资助"),
        W::ChartTitle => t!(l, "Sponsorship against project cost", "資助額與項目費用", "资助额与项目费用"),
        W::Activities => t!(l, "Technology promotion activities", "技術推廣活動", "技术推广活动"),
        W::Recognition => t!(l, "Recognition Scheme", "伙伴標誌計劃", "伙伴标志计划"),
        W::ApplicationGuide => t!(l, "Read the application guide", "閱讀申請指引", "阅读申请指引"),
        W::CallHotline => t!(l, "Call the hotline", "致電熱線", "致电热线"),
        W::WriteEmail => t!(l, "Email the secretariat", "電郵秘書處", "电邮秘书处"),
        W::StaffTitle => t!(l, "Hotline view", "熱線職員版面", "热线职员版面"),
        W::Rate => t!(l, "Rate", "比率", "比率"),
        W::Ceiling => t!(l, "Ceiling", "上限", "上限"),
        W::YouPay => t!(l, "You pay", "你須支付", "你须支付"),
        W::Crashed => {
            let h = PROGRAMME.contacts.hotline;
            t!(
                l,
                format!("Sorry, the estimator stopped working. Please reload the page, or call the Cleaner Production hotline on {h}."),
                format!("抱歉，估算工具出現問題。請重新載入網頁，或致電清潔生產熱線{h}。"),
                format!("抱歉，估算工具出现问题。请重新加载网页，或致电清洁生产热线{h}。")
            )
        }
        W::EventsPage => t!(
            l,
            "Events and registration",
            "活動及報名",
            "活动及报名"
        ),
        W::StreamHint => t!(
            l,
            "The phase's projects, with the share it pays and its ceiling.",
            "該期計劃的項目，以及資助比率和上限。",
            "该期计划的项目，以及资助比率和上限。"
        ),
    }
}

/// A stream's rate as published ("50%"), or "not published".
pub fn rate_text(t: &crate::rules::model::Terms, l: Lang) -> String {
    t.rate
        .map_or_else(|| ui(Ui::NotPublished, l), format_percent)
}

/// A stream's ceiling per project, with the higher one for Hong Kong or
/// Guangdong–Hong Kong technology where there is one.
pub fn ceiling_text(t: &crate::rules::model::Terms, l: Lang) -> String {
    match t.ceiling {
        Ceiling::Published { amount, .. } => {
            let mut c = format_hkd(amount.amount(), l);
            if let Some(oc) = t.origin_ceiling {
                c = t!(
                    l,
                    format!(
                        "{c} ({} for Hong Kong or Guangdong–Hong Kong technology)",
                        format_hkd(oc.amount.amount(), l)
                    ),
                    format!(
                        "{c}（香港或粵港技術為{}）",
                        format_hkd(oc.amount.amount(), l)
                    ),
                    format!(
                        "{c}（香港或粤港技术为{}）",
                        format_hkd(oc.amount.amount(), l)
                    )
                );
            }
            c
        }
        Ceiling::NotPublished => ui(Ui::NotPublished, l),
        Ceiling::NoneStated => ui(Ui::NoCeiling, l),
    }
}

/// "Rate R%; ceiling <amount>" for a stream option (figures from the data).
pub fn terms_short(t: &crate::rules::model::Terms, l: Lang) -> String {
    let (rate, ceiling) = (rate_text(t, l), ceiling_text(t, l));
    t!(
        l,
        format!("Rate {rate}; ceiling {ceiling}"),
        format!("資助比率{rate}；上限{ceiling}"),
        format!("资助比率{rate}；上限{ceiling}")
    )
}

// ------------------------------------------------------------ the rules page

/// The words of the rules page (`docs/rules.*.md`, `cpfund rules`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesPage {
    Title,
    Intro,
    Generated,
    Applications,
    To,
    NewMoney,
    Area,
    PearlRiverDeltaOnly,
    AllGuangdong,
    HkFactories,
    HkWorkshops,
    Yes,
    No,
    ApplicantTest,
    ApplicantTestPublished,
    PrioritySectors,
    OutsidePriorityOnly,
    OutsideCaseByCase,
    SecondAssessment,
    Stream,
    WhoMayApply,
    Rate,
    Ceiling,
    MonthsToFinish,
    Source,
    NotStated,
    NotListed,
    ResidentMajority,
    LabelYears,
    ExcellentPartner,
    Partner,
    OneOff,
    CashAwardGuangdong,
    ExportCreditDiscount,
    Sources,
    Address,
}

pub fn rules_page(p: RulesPage, l: Lang) -> String {
    use RulesPage as P;
    match p {
        P::Title => t!(
            l,
            "The Cleaner Production Partnership Programme's rules in this estimator",
            "本估算工具採用的清潔生產伙伴計劃規則",
            "本估算工具采用的清洁生产伙伴计划规则"
        ),
        P::Intro => t!(
            l,
            "Every phase of the programme as the estimator applies it: dates, area, who may apply, each stream's rate, ceiling and time to finish, and the address of the source of each figure. Where the sources are silent, the estimator's assumption is marked.",
            "本估算工具所採用的各期計劃規則：日期、涵蓋範圍、申請資格、各項目的資助比率、上限及完成期限，以及每個數字的資料來源網址。資料未有說明之處，均註明為本工具的假設。",
            "本估算工具所采用的各期计划规则：日期、涵盖范围、申请资格、各项目的资助比率、上限及完成期限，以及每个数字的资料来源网址。资料未有说明之处，均注明为本工具的假设。"
        ),
        P::Generated => t!(
            l,
            "Generated from the rule data (src/rules/data.rs); do not edit by hand. To regenerate:",
            "由規則資料（src/rules/data.rs）產生，請勿直接修改。重新產生的指令：",
            "由规则数据（src/rules/data.rs）生成，请勿直接修改。重新生成的命令："
        ),
        P::Applications => t!(l, "Applications", "申請日期", "申请日期"),
        P::To => t!(l, " to ", "至", "至"),
        P::NewMoney => t!(l, "New funding", "新增撥款", "新增拨款"),
        P::Area => t!(l, "Guangdong", "廣東省", "广东省"),
        P::PearlRiverDeltaOnly => t!(
            l,
            "the Pearl River Delta only",
            "只限珠江三角洲",
            "只限珠江三角洲"
        ),
        P::AllGuangdong => t!(l, "all of Guangdong", "全省", "全省"),
        P::HkFactories => t!(l, "factories in Hong Kong", "香港的工廠", "香港的工厂"),
        P::HkWorkshops => t!(
            l,
            "workshops in Hong Kong with polluting processes",
            "涉及污染工序的香港工場",
            "涉及污染工序的香港工场"
        ),
        P::Yes => t!(l, "yes", "是", "是"),
        P::No => t!(l, "no", "否", "否"),
        P::ApplicantTest => t!(l, "Who may apply", "申請資格", "申请资格"),
        P::ApplicantTestPublished => t!(
            l,
            "a Hong Kong business registered under the Business Registration Ordinance (Cap. 310), tied to a factory in one of the ways (a) to (d), or owning and operating a factory or a workshop in Hong Kong.",
            "根據《商業登記條例》（第310章）登記的香港企業，並以(a)至(d)其中一種方式與工廠相關，或在香港擁有及經營工廠或工場。",
            "根据《商业登记条例》（第310章）登记的香港企业，并以(a)至(d)其中一种方式与工厂相关，或在香港拥有及经营工厂或工场。"
        ),
        P::PrioritySectors => t!(l, "Priority sectors", "優先行業", "优先行业"),
        P::OutsidePriorityOnly => t!(
            l,
            "Outside them a factory is not refused; priority for funding goes to these sectors.",
            "其他行業的工廠不會被拒；上述行業可獲優先資助。",
            "其他行业的工厂不会被拒；上述行业可获优先资助。"
        ),
        P::OutsideCaseByCase => t!(
            l,
            "Outside them approval is decided case by case.",
            "其他行業的申請會個別審批。",
            "其他行业的申请会个别审批。"
        ),
        P::SecondAssessment => t!(l, "A second on-site assessment", "第二次實地評估", "第二次实地评估"),
        P::Stream => t!(l, "Stream", "項目", "项目"),
        P::WhoMayApply => t!(l, "Who may apply", "申請者", "申请者"),
        P::Rate => t!(l, "Rate", "資助比率", "资助比率"),
        P::Ceiling => t!(l, "Ceiling", "上限", "上限"),
        P::MonthsToFinish => t!(l, "Months to finish", "完成期限（月）", "完成期限（月）"),
        P::Source => t!(l, "Source", "資料來源", "资料来源"),
        P::NotStated => t!(l, "not stated", "沒有說明", "没有说明"),
        P::NotListed => t!(
            l,
            "not listed in the phase's sources",
            "該期計劃的資料沒有列出",
            "该期计划的资料没有列出"
        ),
        P::ResidentMajority => t!(
            l,
            "Route (d): the shareholding test",
            "(d)項關係：持股要求",
            "(d)项关系：持股要求"
        ),
        P::LabelYears => t!(l, "Label years", "標誌年度", "标志年度"),
        P::ExcellentPartner => t!(
            l,
            "Excellent Partner (Manufacturing Category)",
            "優越伙伴（製造業類別）",
            "优越伙伴（制造业类别）"
        ),
        P::Partner => t!(
            l,
            "Partner (Manufacturing Category)",
            "伙伴（製造業類別）",
            "伙伴（制造业类别）"
        ),
        P::OneOff => t!(l, "One-off", "一次性", "一次性"),
        P::CashAwardGuangdong => t!(
            l,
            "The cash award is paid by Guangdong, to factories in Guangdong; the supply-chain and technology-service categories get none.",
            "現金獎勵由廣東省向廣東省的工廠發放；供應鏈類別及環境技術服務供應商類別不設現金獎勵。",
            "现金奖励由广东省向广东省的工厂发放；供应链类别及环境技术服务供应商类别不设现金奖励。"
        ),
        P::ExportCreditDiscount => t!(
            l,
            "Label holders may also be considered for a discount on export credit insurance premiums by the Hong Kong Export Credit Insurance Corporation (information, not a figure the estimator computes).",
            "標誌持有者亦可獲香港出口信用保險局考慮提供出口信用保險保費折扣（僅供參考，本工具不作計算）。",
            "标志持有者亦可获香港出口信用保险局考虑提供出口信用保险保费折扣（仅供参考，本工具不作计算）。"
        ),
        P::Sources => t!(l, "Sources", "資料來源", "资料来源"),
        P::Address => t!(l, "Address", "網址", "网址"),
    }
}

/// "The 2015-2020 phase" / "2015-2020期計劃".
pub fn phase_name(id: &str, l: Lang) -> String {
    t!(
        l,
        format!("The {id} phase"),
        format!("{id}期計劃"),
        format!("{id}期计划")
    )
}

/// A phase's new funding: "HK$311 million" / "港幣3億1,100萬元".
pub fn millions_hkd(millions: u32, l: Lang) -> String {
    let (yi, wan) = (millions / 100, millions % 100 * 100);
    let wan = crate::money::group_thousands(crate::money::Money::whole(u64::from(wan)));
    match (yi, wan.as_str()) {
        (0, _) => t!(
            l,
            format!("HK${millions} million"),
            format!("港幣{wan}萬元"),
            format!("港币{wan}万元")
        ),
        (_, "0") => t!(
            l,
            format!("HK${millions} million"),
            format!("港幣{yi}億元"),
            format!("港币{yi}亿元")
        ),
        _ => t!(
            l,
            format!("HK${millions} million"),
            format!("港幣{yi}億{wan}萬元"),
            format!("港币{yi}亿{wan}万元")
        ),
    }
}

/// A ceiling and what it is counted per: "HK$28,000 a project".
pub fn ceiling_per(amount: &str, per: crate::rules::model::Per, l: Lang) -> String {
    match per {
        Per::Project => t!(
            l,
            format!("{amount} a project"),
            format!("每個項目{amount}"),
            format!("每个项目{amount}")
        ),
        Per::Factory => t!(
            l,
            format!("{amount} a factory"),
            format!("每間工廠{amount}"),
            format!("每间工厂{amount}")
        ),
    }
}

/// The second on-site assessment rule, with its number of years.
pub fn second_assessment_rule(years: u16, l: Lang) -> String {
    t!(
        l,
        format!("at least {years} years after the earlier one was completed (on the same calendar date), with a recommended improvement measure implemented, and a change of process or materials or a pursuit of recognition"),
        format!("之前的評估完成後最少{years}年（以相同日期計算），已落實建議的改善措施，並已改變生產工序或物料使用，或正爭取清潔生產認可"),
        format!("之前的评估完成后最少{years}年（以相同日期计算），已落实建议的改善措施，并已改变生产工序或物料使用，或正争取清洁生产认可")
    )
}

/// The higher ceiling for technology of certain origins, after the ceiling.
pub fn origin_ceiling_note(amount: &str, origins: &str, l: Lang) -> String {
    t!(
        l,
        format!(" ({amount} for technology: {origins})"),
        format!("（技術{origins}：{amount}）"),
        format!("（技术{origins}：{amount}）")
    )
}

/// Route (d)'s test, with its thresholds.
pub fn resident_majority_rule(more_than: u8, at_least: u8, l: Lang) -> String {
    t!(
        l,
        format!("A Hong Kong resident holds more than {more_than}% of the Mainland enterprise (exactly {more_than}% fails) and at least {at_least}% of the Hong Kong business (exactly {at_least}% passes)."),
        format!("香港居民持有內地企業超過{more_than}%的股權（剛好{more_than}%不符合），並持有香港企業最少{at_least}%的股權（剛好{at_least}%符合）。"),
        format!("香港居民持有内地企业超过{more_than}%的股权（刚好{more_than}%不符合），并持有香港企业最少{at_least}%的股权（刚好{at_least}%符合）。")
    )
}

/// The Recognition Scheme's official name.
pub fn recognition_scheme_name(l: Lang) -> String {
    t!(
        l,
        "Hong Kong–Guangdong Cleaner Production Partners Recognition Scheme",
        "「粵港清潔生產伙伴」標誌計劃",
        "「粤港清洁生产伙伴」标志计划"
    )
}

/// "from 2016" / "2016年度起".
pub fn years_from(year: u16, l: Lang) -> String {
    t!(
        l,
        format!("from {year}"),
        format!("{year}年度起"),
        format!("{year}年度起")
    )
}

/// "reported up to 2017" / "資料只報道至2017年度".
pub fn reported_to(year: u16, l: Lang) -> String {
    t!(
        l,
        format!("reported up to {year}, later years assumed"),
        format!("資料只報道至{year}年度，其後年度屬假設"),
        format!("资料只报道至{year}年度，其后年度属假设")
    )
}
