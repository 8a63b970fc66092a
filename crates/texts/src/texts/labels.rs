//! Amounts and labels: money written for readers, the names of streams,
//! kinds, regions, ties, sectors, origins, whom a stream is for, and the
//! form's questions.

#[allow(unused_imports)]
use super::*;

// ------------------------------------------------------------ amounts

/// `HK$250,000` / `港幣250,000元` / `港币250,000元`.
pub fn format_hkd(amount: Money, lang: Lang) -> String {
    m::amount_hkd(lang, &group_thousands(amount))
}

/// `RMB12,345` / `人民幣12,345元` / `人民币12,345元`.
pub fn format_rmb(amount: Money, lang: Lang) -> String {
    m::amount_rmb(lang, &group_thousands(amount))
}

/// A rate as `50%`.
pub fn format_percent(rate: Rate) -> String {
    format!("{}%", rate.0)
}

// ------------------------------------------------------------ links

/// The language a reader of `l` reads pages in.
pub fn written(l: Lang) -> Written {
    l.pick(Written::English, Written::Traditional, Written::Simplified)
}

/// The language whose readers read pages written in `w`.
pub fn lang_of(w: Written) -> Lang {
    match w {
        Written::English => Lang::En,
        Written::Traditional => Lang::ZhHant,
        Written::Simplified => Lang::ZhHans,
    }
}

/// What follows a link's words when its page is in another language than
/// the reader's (" (in English)", "（英文網頁）"), else nothing.
pub fn page_note(w: Written, l: Lang) -> String {
    if w == written(l) {
        return String::new();
    }
    let note = match w {
        Written::English => m::page_written_english(l),
        Written::Traditional => m::page_written_traditional(l),
        Written::Simplified => m::page_written_simplified(l),
    };
    format!("{}{note}", l.pick(" ", "", ""))
}

/// A source for a reader of `l`: the page to link, in the reader's
/// language where the rules give it (else the one they cite), and the
/// words "Source" (with the page's language where it is another). A
/// source without an address is named, not linked: no page (`""`), and
/// the words name it ("source: South China Morning Post, 2009: …").
pub fn source_link(s: &Source, l: Lang) -> (&'static str, String) {
    match s.page(written(l)) {
        Some(page) => (page.url, m::ui_source(l) + &page_note(page.written, l)),
        None => (
            "",
            m::ui_source(l) + l.colon() + &m::named_source(l, s.id).unwrap_or_default(),
        ),
    }
}

/// The words of the link to the technology promotion events' page.
pub fn events_link(l: Lang) -> String {
    m::widget_events_page(l) + &page_note(PROGRAMME.contacts.pages_written, l)
}

/// A source's title in `l` (the catalogues' `source-<id>`; empty for a
/// source without one, which `tests/rules_data.rs` refuses).
#[cfg(feature = "built-in")]
pub fn source_title(s: &Source, l: Lang) -> String {
    m::source_title(l, s.id).unwrap_or_default()
}

// ------------------------------------------------------------ labels

pub fn stream_label(s: Stream, l: Lang) -> String {
    match s {
        Stream::OnsiteAssessment => m::stream_onsite_assessment(l),
        Stream::Demonstration => m::stream_demonstration(l),
        Stream::DemonstrationWiderAdoption => m::stream_demonstration_wider_adoption(l),
        Stream::DemonstrationInnovation => m::stream_demonstration_innovation(l),
        Stream::NewTechnologyDemonstration => m::stream_new_technology_demonstration(l),
        Stream::Verification => m::stream_verification(l),
        Stream::OrganisationSupport => m::stream_organisation_support(l),
    }
}

/// What a funding stream pays for (help text; no caller yet).
#[cfg(feature = "built-in")]
pub fn stream_description(s: Stream, l: Lang) -> String {
    match s {
        Stream::OnsiteAssessment => m::stream_description_onsite_assessment(l),
        Stream::Demonstration => m::stream_description_demonstration(l),
        Stream::DemonstrationWiderAdoption => m::stream_description_demonstration_wider_adoption(l),
        Stream::DemonstrationInnovation => m::stream_description_demonstration_innovation(l),
        Stream::NewTechnologyDemonstration => m::stream_description_new_technology_demonstration(l),
        Stream::Verification => m::stream_description_verification(l),
        Stream::OrganisationSupport => m::stream_description_organisation_support(l),
    }
}

pub fn kind_label(k: ApplicantKind, l: Lang) -> String {
    match k {
        ApplicantKind::HkBusiness => m::kind_hk_business(l),
        ApplicantKind::TradeAssociation => m::kind_trade_association(l),
        ApplicantKind::ServiceProvider => m::kind_service_provider(l),
        ApplicantKind::Other => m::kind_other(l),
    }
}

pub fn region_label(r: Region, l: Lang) -> String {
    match r {
        Region::Prd => m::region_prd(l),
        Region::GuangdongOther => m::region_guangdong_other(l),
        Region::HongKong => m::region_hong_kong(l),
        Region::Elsewhere => m::region_elsewhere(l),
    }
}

pub fn route_label(r: Route, l: Lang) -> String {
    match r {
        Route::GdJointVenture => m::route_gd_joint_venture(l),
        Route::GdWfoe => m::route_gd_wfoe(l),
        Route::GdProcessingAgreement => m::route_gd_processing_agreement(l),
        Route::GdResidentMajority => m::route_gd_resident_majority(l),
        Route::HkFactory => m::route_hk_factory(l),
        Route::HkWorkshop => m::route_hk_workshop(l),
        Route::None => m::route_none(l),
    }
}

pub fn sector_label(s: Sector, l: Lang) -> String {
    match s {
        Sector::ChemicalProducts => m::sector_chemical_products(l),
        Sector::FoodAndBeverage => m::sector_food_and_beverage(l),
        Sector::Furniture => m::sector_furniture(l),
        Sector::MetalProducts => m::sector_metal_products(l),
        Sector::NonMetallicMineralProducts => m::sector_non_metallic_mineral_products(l),
        Sector::PaperProducts => m::sector_paper_products(l),
        Sector::PrintingPublishing => m::sector_printing_publishing(l),
        Sector::Textiles => m::sector_textiles(l),
        Sector::Other => m::sector_other(l),
    }
}

pub fn origin_label(o: TechnologyOrigin, l: Lang) -> String {
    match o {
        TechnologyOrigin::HongKong => m::origin_hong_kong(l),
        TechnologyOrigin::GuangdongHongKong => m::origin_guangdong_hong_kong(l),
        TechnologyOrigin::Other => m::origin_other(l),
    }
}

/// Who may apply for a stream, as a phrase.
pub fn who_text(w: Who, l: Lang) -> String {
    match w {
        Who::Factories => m::who_factories(l),
        Who::FactoriesAndWorkshops => m::who_factories_and_workshops(l),
        Who::Associations => m::who_associations(l),
    }
}

/// The label of a choice field's value (its contract name: `hk_business`),
/// or nothing for a value the field does not have.
pub fn choice_label(f: Field, value: &str, l: Lang) -> Option<String> {
    match f {
        Field::Kind => ApplicantKind::parse(value).map(|v| kind_label(v, l)),
        Field::FactoryRegion => Region::parse(value).map(|v| region_label(v, l)),
        Field::Route => Route::parse(value).map(|v| route_label(v, l)),
        Field::Sector => Sector::parse(value).map(|v| sector_label(v, l)),
        Field::Stream => Stream::parse(value).map(|v| stream_label(v, l)),
        Field::TechnologyOrigin => TechnologyOrigin::parse(value).map(|v| origin_label(v, l)),
        _ => None,
    }
}

/// The question that asks for a field: "More answers needed. Next: <question>".
pub fn field_question(f: Field, l: Lang) -> String {
    match f {
        Field::Date => m::question_date(l),
        Field::Kind => m::question_kind(l),
        Field::BrRegistered => m::question_br_registered(l),
        Field::Route => m::question_route(l),
        Field::FactoryRegion => m::question_factory_region(l),
        Field::ResidentShareMainland => m::question_resident_share_mainland(l),
        Field::ResidentShareHkBusiness => m::question_resident_share_hk_business(l),
        Field::Sector => m::question_sector(l),
        Field::Stream => m::question_stream(l),
        Field::Cost => m::question_cost(l),
        Field::TechnologyOrigin => m::question_technology_origin(l),
        Field::PreviousAssessment => m::question_previous_assessment(l),
        Field::PreviousAssessmentCompleted => m::question_previous_assessment_completed(l),
        Field::RecommendedMeasureImplemented => m::question_recommended_measure_implemented(l),
        Field::ProcessOrMaterialChanged => m::question_process_or_material_changed(l),
        Field::PursuingRecognition => m::question_pursuing_recognition(l),
    }
}

/// A question's label in the form: the question, but for the date and the
/// cost, which the form labels as the field they are.
pub fn field_label(f: Field, l: Lang) -> String {
    match f {
        Field::Date => m::widget_date_label(l),
        Field::Cost => m::widget_cost_label(l),
        _ => field_question(f, l),
    }
}

/// The line under a question's label in the form, where it has one.
/// A line under one answer of a choice question, where the label alone
/// may leave a person unsure (a university's technology is a Hong Kong
/// institution's).
pub fn choice_hint(f: Field, value: &str, l: Lang) -> Option<String> {
    match (f, value) {
        (Field::TechnologyOrigin, v) if v == TechnologyOrigin::HongKong.as_str() => {
            Some(m::origin_hong_kong_hint(l))
        }
        _ => None,
    }
}

pub fn field_hint(f: Field, l: Lang) -> Option<String> {
    Some(match f {
        Field::Date => m::widget_date_hint(l),
        Field::Cost => m::widget_cost_hint(l),
        Field::Stream => m::widget_stream_hint(l),
        Field::ResidentShareMainland | Field::ResidentShareHkBusiness => m::widget_share_hint(l),
        Field::PreviousAssessmentCompleted => m::widget_date_field_hint(l),
        _ => return None,
    })
}
