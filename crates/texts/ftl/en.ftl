# The CP Funding Estimator's words in English: the reference catalogue.
# Every message has a comment that says where it is shown and what each
# placeholder ({ $name }) holds. Edit the text after "="; keep the message
# names and placeholders. Then run `make test`: a missing message or a
# placeholder that differs from this file fails the build, with the place.
# Official terms: ../shared/domain/terms.md.

## An amount of money, written the way readers of this language write it.
# $amount: the digits, grouped by thousands, e.g. 250,000 or 12,345.67.
amount-hkd = HK${ $amount }
# $amount: the digits, grouped by thousands, e.g. 12,345.
amount-rmb = RMB{ $amount }


## The estimator's title (widget heading, summaries).
# No placeholders.
product-title = Cleaner Production funding estimator

## The programme's official name.
# No placeholders.
programme-name = Cleaner Production Partnership Programme

## A funding stream's name (questions, tables, summaries).
# Onsite assessment. No placeholders.
stream-onsite-assessment = On-site improvement assessment
# Demonstration. No placeholders.
stream-demonstration = Demonstration project
# Demonstration wider adoption. No placeholders.
stream-demonstration-wider-adoption = Demonstration project (i): wider adoption
# Demonstration innovation. No placeholders.
stream-demonstration-innovation = Demonstration project (ii): research and innovation
# New technology demonstration. No placeholders.
stream-new-technology-demonstration = Demonstration of a new technology
# Verification. No placeholders.
stream-verification = Verification of results
# Organisation support. No placeholders.
stream-organisation-support = Organisation support (trade and industry associations)

## What a funding stream pays for (help text).
# Onsite assessment. No placeholders.
stream-description-onsite-assessment = A consultant finds where the factory can save energy, cut emissions and use less material, and proposes practical solutions.
# Demonstration. No placeholders.
stream-description-demonstration = Installing equipment or changing processes to show that a cleaner production technology works.
# Demonstration wider adoption. No placeholders.
stream-description-demonstration-wider-adoption = Wider adoption of a proven cleaner production technology.
# Demonstration innovation. No placeholders.
stream-description-demonstration-innovation = Research and innovation in cleaner production technology.
# New technology demonstration. No placeholders.
stream-description-new-technology-demonstration = Putting a newly developed cleaner production technology to work (on the programme's list, or meeting its criteria).
# Verification. No placeholders.
stream-description-verification = Verifying the results of a completed project.
# Organisation support. No placeholders.
stream-description-organisation-support = Trade-specific promotion and publicity of cleaner production by a trade or industry association.

## An answer to "Who is applying?".
# Hk business. No placeholders.
kind-hk-business = A Hong Kong business with a factory or workshop
# Trade association. No placeholders.
kind-trade-association = A trade or industry association
# Service provider. No placeholders.
kind-service-provider = An environmental technology service provider
# Other. No placeholders.
kind-other = Someone else

## An answer to "Where is the factory?".
# Prd. No placeholders.
region-prd = Guangdong, in the Pearl River Delta
# Guangdong other. No placeholders.
region-guangdong-other = Guangdong, outside the Pearl River Delta
# Hong kong. No placeholders.
region-hong-kong = Hong Kong
# Elsewhere. No placeholders.
region-elsewhere = Elsewhere

## An answer to "How is the business tied to the factory?" (rules.md section 3).
# Gd joint venture. No placeholders.
route-gd-joint-venture = (a) A Sino-foreign equity or co-operative joint venture that the business is a party to
# Gd wfoe. No placeholders.
route-gd-wfoe = (b) A wholly foreign-owned enterprise set up with the business's capital
# Gd processing agreement. No placeholders.
route-gd-processing-agreement = (c) A Mainland enterprise with a processing, assembly or compensation-trade agreement with the business
# Gd resident majority. No placeholders.
route-gd-resident-majority = (d) A Mainland enterprise majority-held by a Hong Kong resident who also holds part of the business
# Hk factory. No placeholders.
route-hk-factory = The business owns and operates a factory in Hong Kong
# Hk workshop. No placeholders.
route-hk-workshop = The business owns and operates a workshop in Hong Kong with polluting processes (e.g. surface spraying and curing, solvent cleaning of metal parts, vehicle engine testing)
# No placeholders.
route-none = None of these

## An industry (answer to "Which industry is the factory in?").
# Chemical products. No placeholders.
sector-chemical-products = Chemical products
# Food and beverage. No placeholders.
sector-food-and-beverage = Food and beverage
# Furniture. No placeholders.
sector-furniture = Furniture
# Metal products. No placeholders.
sector-metal-products = Metal and metal products
# Non metallic mineral products. No placeholders.
sector-non-metallic-mineral-products = Non-metallic mineral products
# Paper products. No placeholders.
sector-paper-products = Paper and paper products
# Printing publishing. No placeholders.
sector-printing-publishing = Printing and publishing
# Textiles. No placeholders.
sector-textiles = Textiles
# Other. No placeholders.
sector-other = Another industry

## An answer to "Who developed the technology?".
# Hong kong. No placeholders.
origin-hong-kong = Developed by a Hong Kong institution
# Guangdong hong kong. No placeholders.
origin-guangdong-hong-kong = Developed jointly by Guangdong and Hong Kong institutions
# Other. No placeholders.
origin-other = Developed elsewhere
# A line under "Developed by a Hong Kong institution", so a factory knows a university counts. No placeholders.
origin-hong-kong-hint = For example a Hong Kong university or research and development centre.

## A question the form asks, and the question named when an answer is missing.
# Date. No placeholders.
question-date = What is the application date?
# Kind. No placeholders.
question-kind = Who is applying?
# Br registered. No placeholders.
question-br-registered = Is the business registered under the Business Registration Ordinance (Cap. 310)?
# Route. No placeholders.
question-route = How is the business tied to the factory?
# Factory region. No placeholders.
question-factory-region = Where is the factory?
# Resident share mainland. No placeholders.
question-resident-share-mainland = What percentage of the Mainland enterprise does the Hong Kong resident hold?
# Resident share hk business. No placeholders.
question-resident-share-hk-business = What percentage of the Hong Kong business does the same person hold?
# Sector. No placeholders.
question-sector = Which industry is the factory in?
# Stream. No placeholders.
question-stream = What kind of project is it?
# Cost. No placeholders.
question-cost = What is the estimated project cost?
# Technology origin. No placeholders.
question-technology-origin = Who developed the technology?
# Previous assessment. No placeholders.
question-previous-assessment = Has the factory had a Programme-funded on-site assessment before?
# Previous assessment completed. No placeholders.
question-previous-assessment-completed = When was the earlier Programme-funded on-site assessment completed?
# Recommended measure implemented. No placeholders.
question-recommended-measure-implemented = Did the factory implement at least one improvement measure recommended in the approved assessment report, with investment in facilities of obvious environmental benefit?
# Process or material changed. No placeholders.
question-process-or-material-changed = Has the factory changed its production process or material usage since?
# Pursuing recognition. No placeholders.
question-pursuing-recognition = Is the factory pursuing municipal, national or international recognition for cleaner production?

## The headline of a stream's answer.
# Eligible. No placeholders.
headline-eligible = You can apply
# $reason: the condition that failed (a reason-*-unmet message).
headline-ineligible-because = You cannot apply: { $reason }
# No placeholders.
headline-ineligible = You cannot apply
# Case by case. No placeholders.
headline-case-by-case = Decided case by case
# Not offered. No placeholders.
headline-not-offered = This phase does not fund this
# $question: a question (message question-*).
headline-needs-information-question = More answers needed. Next: { $question }
# No placeholders.
headline-needs-information = More answers needed
# $date: a date, written in this language.
headline-no-rule-set-on-date = No phase of the programme takes applications on { $date }
# No placeholders.
headline-no-rule-set = No phase of the programme takes applications on that date
# A stream the phase's sources do not list. $hotline: the words for the hotline and its number (message hotline), already in this language.
headline-not-listed = This phase's published terms do not mention this project; ask { $hotline } whether it is offered
# A headline after the last known phase, whose terms stand in for terms not yet known. $headline: a headline (message headline-*).
headline-provisional = { $headline } (provisional)

## A stream's answer in a few words, in the table of every stream.
# No placeholders.
stream-answer-associations-only = Associations only
# A stream the phase's sources do not list (neither offered nor refused). No placeholders.
stream-answer-not-listed = Not in the published terms

## A verdict in a word or two, in the table of every stream.
# Eligible. No placeholders.
verdict-short-eligible = Can apply
# Ineligible. No placeholders.
verdict-short-ineligible = Cannot apply
# Case by case. No placeholders.
verdict-short-case-by-case = Case by case
# Not offered. No placeholders.
verdict-short-not-offered = Not offered
# Needs information. No placeholders.
verdict-short-needs-information = Need an answer
# No rule set. No placeholders.
verdict-short-no-rule-set = No phase open

## The sentence under the amounts that explains the ceiling.
# $cost: the project cost, e.g. HK$12,345. $rate: a rate, e.g. 25%. $uncapped: the rate times the cost, e.g. HK$12,345.
ceiling-sentence-no-ceiling = { $rate } of { $cost } is { $uncapped }; no ceiling is published for this stream.
# $ceiling: a ceiling, e.g. HK$12,345. $cost: the project cost, e.g. HK$12,345. $rate: a rate, e.g. 25%. $uncapped: the rate times the cost, e.g. HK$12,345.
ceiling-sentence-applied = { $rate } of { $cost } is { $uncapped }, above the { $ceiling } ceiling, so the ceiling applies.
# $ceiling: a ceiling, e.g. HK$12,345. $cost: the project cost, e.g. HK$12,345. $rate: a rate, e.g. 25%. $uncapped: the rate times the cost, e.g. HK$12,345.
ceiling-sentence-within = { $rate } of { $cost } is { $uncapped }, within the { $ceiling } ceiling.
# $at: the cost at which the ceiling is reached, e.g. HK$12,345. Follows another sentence.
ceiling-sentence-reached-at = The ceiling is reached at { $at }.

## Who may apply for a stream (inside other sentences).
# Factories. No placeholders.
who-factories = Hong Kong businesses with a factory
# Factories and workshops. No placeholders.
who-factories-and-workshops = Hong Kong businesses with a factory, or a workshop with polluting processes
# Associations. No placeholders.
who-associations = trade and industry associations

## How to name the hotline inside other sentences.
# $number: the hotline number (from the rule data).
hotline = the hotline { $number }

## One condition checked (or a term or note), in the list of conditions. Unmet conditions follow "You cannot apply:" in the headline, so they start in lower case in English.
# Stream offered. $rule_set: the phase, e.g. 2015-2020. $stream: a stream's name, e.g. Demonstration project.
reason-stream-offered = The { $rule_set } phase funds this: { $stream }.
# Stream not offered. $offered: the names of the streams the phase funds, separated by semicolons. $rule_set: the phase, e.g. 2015-2020. $stream: a stream's name, e.g. Demonstration project.
reason-stream-not-offered = The { $rule_set } phase does not fund "{ $stream }". It funds: { $offered }.
# Stream not listed. $listed: the streams the phase lists, joined, already in this language. $hotline: the words for the hotline and its number (message hotline), already in this language. $rule_set: the phase, e.g. 2015-2020. $stream: a stream's name, e.g. Demonstration project.
reason-stream-not-listed = The published terms of the { $rule_set } phase list only { $listed }; they do not mention "{ $stream }". Ask { $hotline } whether it is offered.
# Applicant kind. $who: who may apply (message who-*).
reason-applicant-kind-met = This stream is for { $who }.
# Trade association. No placeholders. Follows another sentence.
reason-applicant-kind-association-instead = An association may apply for organisation support instead.
# Service provider. No placeholders. Follows another sentence.
reason-applicant-kind-service-provider-instead = A service provider can join the free technology promotion activities and may be recognised under the Recognition Scheme.
# Service provider. No placeholders.
reason-applicant-kind-associations-only = a trade or industry association may apply for this; a company may not.
# Service provider. $more: a further sentence, or nothing (messages reason-applicant-kind-*-instead). $who: who may apply (message who-*).
reason-applicant-kind-unmet = Only { $who } may apply for this stream.{ $more }
# Br registered. No placeholders.
reason-br-registered-met = The business is registered under the Business Registration Ordinance (Cap. 310).
# Br registered. No placeholders.
reason-br-registered-unmet = the business must be registered under the Business Registration Ordinance (Cap. 310). Register it first, then apply.
# Route none. No placeholders.
reason-route-none = the business must own and operate a factory (or workshop) in Hong Kong, or be tied to a factory in Guangdong in one of the ways (a) to (d).
# Route guangdong. $route: how the business is tied to the factory (message route-*).
reason-route-guangdong = The factory in Guangdong is owned and operated by: { $route }.
# Hk factories covered. $rule_set: the phase, e.g. 2015-2020.
reason-hk-factories-covered-met = The { $rule_set } phase covers factories in Hong Kong.
# Hk factories covered. $rule_set: the phase, e.g. 2015-2020.
reason-hk-factories-covered-unmet = the { $rule_set } phase did not cover factories in Hong Kong.
# Workshops covered. $rule_set: the phase, e.g. 2015-2020.
reason-workshops-covered-met = The { $rule_set } phase covers workshops in Hong Kong with polluting processes.
# Workshops covered. $rule_set: the phase, e.g. 2015-2020.
reason-workshops-covered-unmet = the { $rule_set } phase did not cover workshops in Hong Kong.
# Workshop stream. $stream: a stream's name, e.g. Demonstration project.
reason-workshop-stream-met = A workshop may apply for demonstration projects such as this one ({ $stream }).
# Workshop stream. $stream: a stream's name, e.g. Demonstration project.
reason-workshop-stream-unmet = a workshop may apply for demonstration projects only, not for "{ $stream }".
# Workshop stream. $region: where the factory is (message region-*).
reason-factory-region-met = The factory's location ({ $region }) is covered.
# Workshop stream. No placeholders.
reason-factory-region-prd-only = this phase covered factories in the Pearl River Delta only
# $date: a date, written in this language. $first_part: the first part of the sentence (message reason-factory-region-prd-only).
reason-factory-region-prd-only-until = { $first_part }; all of Guangdong was covered from { $date }.
# No placeholders.
reason-factory-region-elsewhere = the factory must be in Guangdong or Hong Kong.
# $region: where the factory is (message region-*).
reason-factory-region-not-guangdong = ties (a) to (d) concern a factory in Guangdong, but the factory is in: { $region }.
# $region: where the factory is (message region-*).
reason-factory-region-not-hong-kong = a Hong Kong factory or workshop must be in Hong Kong, but the factory is in: { $region }.
# Share mainland. $more_than: a percentage threshold. $value: a percentage as typed, e.g. 12.5.
reason-share-mainland-met = The Hong Kong resident holds { $value }% of the Mainland enterprise, more than { $more_than }%.
# Share mainland. $more_than: a percentage threshold. $value: a percentage as typed, e.g. 12.5.
reason-share-mainland-unmet = the Hong Kong resident must hold MORE than { $more_than }% of the Mainland enterprise (holds { $value }%).
# Share hk business. $at_least: a percentage threshold. $value: a percentage as typed, e.g. 12.5.
reason-share-hk-business-met = The same person holds { $value }% of the Hong Kong business, at least { $at_least }%.
# Share hk business. $at_least: a percentage threshold. $value: a percentage as typed, e.g. 12.5.
reason-share-hk-business-unmet = the same person must hold at least { $at_least }% of the Hong Kong business (holds { $value }%).
# Priority sector. $sector: an industry's name.
reason-priority-sector-met = The factory is in a priority sector ({ $sector }).
# Priority sector. $count: how many priority sectors there are (from the rule data).
reason-priority-sector-case-by-case = The factory is outside the { $count } priority sectors: it may still apply, and approval is decided case by case.
# $count: how many priority sectors there are (from the rule data). $sector: an industry's name.
reason-sector-priority-inside = The factory is in one of the { $count } target sectors ({ $sector }), which have priority for funding.
# $count: how many priority sectors there are (from the rule data).
reason-sector-priority-outside = The factory is outside the { $count } target sectors. That does not rule it out, but priority for funding goes to factories in them.
# $count: how many priority sectors there are (from the rule data).
reason-sector-priority-unanswered = Priority for funding goes to factories in the { $count } target sectors; a factory in another industry may still apply.
# Applicant test assumed. $rule_set: the phase, e.g. 2015-2020.
reason-applicant-test-assumed = The { $rule_set } phase's sources do not spell out who may apply; the estimator applies the detailed test that the later phases publish.
# First assessment. No placeholders.
reason-first-assessment = This is the factory's first Programme-funded on-site assessment.
# First assessment, not answered. No placeholders.
reason-first-assessment-assumed = Taken as the factory's first Programme-funded on-site assessment, as the question was not answered; a second one has conditions of its own.
# Second assessment years. $completed: the date the earlier assessment was completed. $years: a number of years (from the rule data).
reason-second-assessment-years-met = At least { $years } years have passed since the earlier assessment was completed ({ $completed }).
# Second assessment years. $completed: the date the earlier assessment was completed. $eligible_from: the first date a second assessment may be applied for. $years: a number of years (from the rule data).
reason-second-assessment-years-unmet = a second on-site assessment needs { $years } years since the earlier one was completed ({ $completed }): apply on or after { $eligible_from }.
# Second assessment measure. No placeholders.
reason-second-assessment-measure-met = The factory implemented an improvement measure recommended in the approved assessment report.
# Second assessment measure. No placeholders.
reason-second-assessment-measure-unmet = for a second assessment the factory must first implement at least one recommended improvement measure involving investment in facilities with obvious environmental benefit.
# Second assessment change. No placeholders.
reason-second-assessment-change-met = The factory has changed its process or materials, or is pursuing recognition for cleaner production.
# Second assessment change. No placeholders.
reason-second-assessment-change-unmet = for a second assessment the factory must have changed its production process or material usage, or be pursuing municipal, national or international recognition for cleaner production.
# Project. $ceiling: a ceiling, e.g. HK$12,345. $rate: a rate, e.g. 25%.
reason-terms-per-project = The programme pays { $rate } of the cost, up to { $ceiling } a project.
# Factory. $ceiling: a ceiling, e.g. HK$12,345. $rate: a rate, e.g. 25%.
reason-terms-per-factory = The programme pays { $rate } of the cost, up to { $ceiling } a factory.
# Factory. $rate: a rate, e.g. 25%.
reason-terms-rate = The programme pays { $rate } of the cost.
# Factory. $ceiling: a ceiling, e.g. HK$12,345.
reason-terms-ceiling = The programme pays up to { $ceiling } a project.
# Factory. No placeholders.
reason-terms-funded = The programme funds this stream.
# Factory. $months: a number of months (from the rule data). Follows another sentence.
reason-terms-months = The project must be finished within { $months } months.
# Origin ceiling. $ceiling: a ceiling, e.g. HK$12,345. $origin: who developed the technology (message origin-*). $other_ceiling: the other ceiling, e.g. HK$12,345.
reason-origin-ceiling = { $origin }: the ceiling is { $ceiling } (otherwise { $other_ceiling }).
# $ceiling: a ceiling, e.g. HK$12,345. $hotline: the words for the hotline and its number (message hotline), already in this language.
reason-rate-not-published-ceiling = The rate is not published (the ceiling is { $ceiling }), so no amount is estimated: ask { $hotline }.
# $hotline: the words for the hotline and its number (message hotline), already in this language.
reason-rate-not-published = The rate and ceiling are not published, so no amount is estimated: ask { $hotline }.
# $at_most: the most the rate would give, e.g. HK$12,345. $hotline: the words for the hotline and its number (message hotline), already in this language. $rate: a rate, e.g. 25%.
reason-ceiling-not-published-at-most = The ceiling is not published, so no amount is estimated: at { $rate } it is at most { $at_most }. Ask { $hotline }.
# $hotline: the words for the hotline and its number (message hotline), already in this language. $rate: a rate, e.g. 25%.
reason-ceiling-not-published = The ceiling is not published, so no amount is estimated (the rate is { $rate }). Ask { $hotline }.
# No ceiling stated. $rate: a rate, e.g. 25%.
reason-no-ceiling-stated = The sources say "up to { $rate }" and publish no ceiling; the estimate applies none. The committee may grant less.
# Past practice. No placeholders.
reason-past-practice = In the first phase, applications were turned down where the technology was already commonly adopted or already covered by an approved demonstration project.
# Assumed eligible. No placeholders.
reason-assumed-eligible = This is a quick estimate: the applicant is assumed to be eligible, which has not been checked.
# Missing. $questions: one or more questions (messages question-*), one after another.
reason-missing = Still needed: { $questions }
# No rule set. $date: a date, written in this language.
reason-no-rule-set = No phase of the programme takes applications on { $date }.
# No rule set. $phase: the phase, e.g. 2015-2020. $to: a last date, written in this language. Follows another sentence.
reason-no-rule-set-closed = The { $phase } phase closed on { $to }.
# No rule set. $from: a first date, written in this language. $phase: the phase, e.g. 2015-2020. Follows another sentence.
reason-no-rule-set-opened = The { $phase } phase opened on { $from }.

## A notice shown above the answer.
# Phase closed. $hotline: the words for the hotline and its number (message hotline), already in this language. $rule_set: the phase, e.g. 2015-2020. $to: a last date, written in this language.
notice-phase-closed = The { $rule_set } phase stopped taking applications on { $to }. Check the current rules with { $hotline }.
# $date: a date, written in this language. $hotline: the words for the hotline and its number (message hotline), already in this language. $rule_set: the phase, e.g. 2015-2020. $years: a number of years (from the rule data).
notice-sources-old = The sources for the { $rule_set } phase date from { $date }, more than { $years } years ago. Check the current rules with { $hotline }.
# $hotline: the words for the hotline and its number (message hotline), already in this language. $rule_set: the phase, e.g. 2015-2020.
notice-sources-undated = The sources for the { $rule_set } phase are undated. Check the current rules with { $hotline }.
# Provisional. $date: a date, written in this language. $hotline: the words for the hotline and its number (message hotline), already in this language. $rule_set: the phase, e.g. 2015-2020.
notice-provisional = The programme's terms after { $date } are not in this estimator's sources. These are the terms of the { $rule_set } phase; confirm with { $hotline } before relying on them.
# Dates assumed. $hotline: the words for the hotline and its number (message hotline), already in this language. $rule_set: the phase, e.g. 2015-2020.
notice-dates-assumed = The sources do not give the exact opening or closing date of the { $rule_set } phase; the dates shown are the estimator's assumption. Check with { $hotline }.
# The phase's assumed last day is near: the application date is $days days before it (2 or more). $days: a number. $hotline: the words for the hotline and its number (message hotline), already in this language. $rule_set: the phase, e.g. 2015-2020. $to: the assumed last date, written in this language.
notice-dates-assumed-closes = The { $rule_set } phase is assumed to close in { $days } days, on { $to }: the sources do not give its exact last day. Apply before then, and check the date with { $hotline }.
# The same, one day before. $hotline: the words for the hotline and its number (message hotline), already in this language. $rule_set: the phase, e.g. 2015-2020. $to: the assumed last date, written in this language.
notice-dates-assumed-closes-next-day = The { $rule_set } phase is assumed to close the next day, { $to }: the sources do not give its exact last day. Apply before then, and check the date with { $hotline }.
# The same, on the assumed last day itself. $hotline: the words for the hotline and its number (message hotline), already in this language. $rule_set: the phase, e.g. 2015-2020. $to: the assumed last date, written in this language.
notice-dates-assumed-closes-on-date = The { $rule_set } phase is assumed to close on this date, { $to }: the sources do not give its exact last day. Check with { $hotline } that it still takes applications.
# The phase's assumed first day is near (on or before the application date). $from: the assumed first date, written in this language. $hotline: the words for the hotline and its number (message hotline), already in this language. $rule_set: the phase, e.g. 2015-2020.
notice-dates-assumed-opened = The { $rule_set } phase is assumed to open on { $from }: the sources do not give its exact first day. Check with { $hotline } that it takes applications on this date.
# After the last known phase, said with the provisional notice, in the same box. $rule_set: the phase, e.g. 2015-2020. $to: its assumed last date, written in this language.
notice-dates-assumed-closed = That last day, { $to }, is itself the estimator's assumption: the sources for the { $rule_set } phase do not give it.

## Technology promotion activities: the row and heading.
# No placeholders.
technology-promotion-label = Technology promotion activities

## Technology promotion activities: the answer in a few words.
# No placeholders.
technology-promotion-short = Open to all, free

## Technology promotion activities: the answer in full.
# $hotline: the words for the hotline and its number (message hotline), already in this language.
technology-promotion-text = Anyone may take part: factories, trade and industry associations, service providers and the public. Seminars, factory visits and exhibitions are free; there is nothing to apply for. Register for an event on the events page, or ask { $hotline }.

## "Also worth knowing", below the answer.
# Recognition. $month: a month number (when the scheme was launched). $year: a year.
info-recognition = The Hong Kong–Guangdong Cleaner Production Partners Recognition Scheme (since { $month }/{ $year }) recognises manufacturing factories (Excellent Partner, Partner), supply-chain sourcing enterprises and environmental technology service providers.
# Recognition. $from: a first date, written in this language.
info-recognition-label-year = label year { $from }
# Recognition. $from: a first date, written in this language. $to: a last date, written in this language.
info-recognition-label-years = label years { $from }–{ $to }
# Recognition. $from: a first date, written in this language. $reported: the last year a source reports, e.g. 2017.
info-recognition-label-years-from-reported = label years from { $from }; reported up to { $reported }, later years assumed
# Recognition. $from: a first date, written in this language.
info-recognition-label-years-from = label years from { $from }
# Recognition. $excellent: the Excellent Partners' award, e.g. RMB12,345.
info-recognition-award-manufacturing = { $excellent } for enterprises commended in a manufacturing category
# Recognition. $excellent: the Excellent Partners' award, e.g. RMB12,345. $partner: the Partners' award, e.g. RMB12,345.
info-recognition-award-partners = { $excellent } for Excellent Partners and { $partner } for Partners
# No placeholders.
info-recognition-one-off = , one-off, not paid again to an enterprise already rewarded
# No placeholders. Follows another sentence.
info-recognition-one-off-unknown = (the source does not say whether it is one-off)
# $amount: an amount, e.g. HK$12,345 or RMB12,345. $once: a clause about one-off payment, or nothing (messages info-recognition-one-off*). $years: the label years (a message info-recognition-label-year*). Follows another sentence.
info-recognition-cash-award = Cash award ({ $years }): { $amount }{ $once }.
# No placeholders. Follows another sentence.
info-recognition-guangdong-assumed = The cash award is paid by Guangdong; the estimator assumes it is for factories in Guangdong.
# No placeholders. Follows another sentence.
info-recognition-export-credit = Label holders may also be considered for a discount on export credit insurance premiums by the Hong Kong Export Credit Insurance Corporation.
# Guide. $email: the e-mail address. $hotline: the words for the hotline and its number (message hotline), already in this language.
info-guide = Eligible cost items, the minimum project cost, how many projects a factory may have, double funding, payment instalments and the documents needed are set out in the application guide; this estimate does not cover them. Ask { $hotline } or write to { $email }.

## Under every answer.
# No placeholders.
estimate-disclaimer = This is an estimate. The programme's committee decides every application.

## Replaces the widget if it ever fails.
# $number: the hotline number (from the rule data).
crash-message = Sorry, the estimator has stopped working. Your answers could not be kept. Reload the page to try again, or call the hotline on { $number }.
# What the pre-rendered form says when the live widget cannot start (its files did not arrive). $number: the hotline's number.
prerender-unstarted = Sorry, the estimator could not start: its files did not arrive. Your answers are still here. Reload the page to try again, or call the hotline on { $number }.

## An error in the project cost the person typed.
# Empty. No placeholders.
money-error-empty = Enter the estimated project cost in Hong Kong dollars, for example 250,000.
# Not a number. No placeholders.
money-error-not-a-number = The cost is not an amount we can read. Type digits, for example 250,000, HK$250,000.50, 1.2m or 33萬.
# Not positive. No placeholders.
money-error-not-positive = The cost must be more than zero.
# Too many decimals. No placeholders.
money-error-too-many-decimals = The cost can have at most two decimal places (cents), for example 12,345.67.
# Too large. No placeholders.
money-error-too-large = The cost must be less than HK$1,000,000,000,000. Check the number of zeros.
# Misplaced separator. No placeholders.
money-error-misplaced-separator = The commas are in the wrong place: put one every three digits (1,000,000), or leave them out (1000000).
# Spaces inside the typed cost that do not separate groups of three digits. No placeholders.
money-error-misplaced-space = The spaces are in the wrong place: put one between each group of three digits (1 200 000), or leave them out (1200000).

## An input error (form, JSON or CSV).
# Date. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-date-malformed = { $field }: write the date as YYYY-MM-DD, for example 2018-05-01.
# Date. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-date-no-such-day = { $field }: there is no such day in the calendar; check the month and day.
# Required. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-required = { $field } is required.
# Unknown value. $field: the field at fault, as code, e.g. project.cost (left as it is). $value: the value as typed. $values: the accepted values, as code, separated by commas.
input-error-unknown-value = { $field }: "{ $value }" is not a value we know. Use one of: { $values }.
# Case object. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-expected-case-object = { $field } must be a case object with "date", "applicant" and "project".
# Object. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-expected-object = { $field } must be an object of fields.
# Single value. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-expected-single-value = { $field } must be a single value, not a list or an object.
# Text. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-expected-text = { $field } must be a text value.
# True or false. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-expected-true-or-false = { $field } must be true or false (yes or no).
# Date. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-expected-date = { $field } must be a date written YYYY-MM-DD, for example 2018-05-01.
# Amount. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-expected-amount = { $field } must be an amount, for example "250000.00".
# Percent. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-percent = { $field } must be a percentage from 0 to 100, for example 50.01.
# A percentage with more decimal places than the estimator holds exactly. $field: the field at fault, as code, e.g. applicant.resident_share_mainland (left as it is). $decimals: the most decimal places allowed (a number).
input-error-percent-too-precise = { $field } has more decimal places than the estimator holds exactly (at most { $decimals }). Write the percentage with fewer decimals, for example 50.01.
# $field: the field name as the person wrote it (shown in quotes). $suggestion: the field meant, as code, e.g. project.cost.
input-error-unknown-field-suggestion = "{ $field }" is not a field of a case. Did you mean { $suggestion }?
# $field: the field name as the person wrote it (shown in quotes).
input-error-unknown-field = "{ $field }" is not a field of a case; remove it.
# Contradicts. $field: the field at fault, as code, e.g. history.previous_assessment (left as it is). $other: another field, as code (left as it is).
input-error-contradicts = { $field } says there was no earlier assessment, but { $other } describes one: remove { $other }, or set { $field } to true.
# Completed after application. $date: a date, written in this language. $field: the field at fault, as code, e.g. project.cost (left as it is).
input-error-completed-after-application = { $field }: the earlier assessment cannot be completed after the application date ({ $date }); check both dates.
# Json ends. $column: a column number. $line: a line number.
input-error-json-ends = The input ends before the case does (line { $line }, column { $column }): check for a missing closing bracket or quote.
# Json malformed. $column: a column number. $line: a line number.
input-error-json-malformed = The input is not valid JSON at line { $line }, column { $column }: check the commas, quotes and brackets there.
# Json unexpected. $column: a column number. $line: a line number.
input-error-json-unexpected = The input at line { $line }, column { $column } is not what a case holds: a case is an object, or a list of objects.
# Field count. $expected: how many fields the header has. $found: how many fields the row has.
input-error-csv-field-count = The row has { $found } fields but the header has { $expected }: check for a missing or extra comma.
# Csv row. No placeholders.
input-error-csv-row = The row is not a valid CSV row: check its quotes.
# Csv row. No placeholders.
input-error-csv-not-utf8 = The row is not UTF-8 text: save the file as UTF-8 and try again.

## A CSV row's error, with its line number (cpfund batch).
# $line: a line number. $message: an error message (an input-error-* message).
at-line = line { $line }: { $message }

## cpfund batch, on standard error.
# The CSV file's header row names a column the case does not have. $message: why (an input-error-* message). $columns: example column names, as code.
batch-header-unusable = The header row is not usable: { $message } Columns are the case's field names, for example { $columns } (see README.md).
# The CSV file was not UTF-8 and had no byte order mark: its encoding was guessed. $file: the file's name. $encoding: the encoding's name (Big5, gb18030 …).
batch-encoding-guessed = { $file } is not UTF-8: read as { $encoding }, a guess. If the names look wrong, say which with --encoding utf-8, big5 or gb18030.
# A byte sequence the encoding does not hold. $encoding: the encoding's name. $file: the file's name. $line: a line number.
batch-encoding-undecodable = { $file }: line { $line } is not valid { $encoding }. Name the file's encoding with --encoding utf-8, big5 or gb18030, or save it as UTF-8.

## A short interface word shared by the widget, the summary and cpfund.
# Sponsorship. No placeholders.
ui-sponsorship = Estimated sponsorship
# Applicant pays. No placeholders.
ui-applicant-pays = You pay
# Phase. No placeholders.
ui-phase = Phase
# Conditions. No placeholders.
ui-conditions = Conditions checked
# Other streams. No placeholders.
ui-other-streams = Every stream for the same applicant and cost
# Notices. No placeholders.
ui-notices = Please note
# Assumption. No placeholders.
ui-assumption = assumption
# Source. No placeholders.
ui-source = source
# Met. No placeholders.
ui-met = met
# Not met. No placeholders.
ui-not-met = not met
# Case by case. No placeholders.
ui-case-by-case = case by case
# Missing. No placeholders.
ui-missing = answer needed
# Next steps. No placeholders.
ui-next-steps = Next steps
# Hotline. No placeholders.
ui-hotline = Cleaner Production hotline
# Email. No placeholders.
ui-email = Email
# Guide. No placeholders.
ui-guide = Application guide
# Not published. No placeholders.
ui-not-published = not published
# Cost. No placeholders.
ui-cost = Estimated project cost
# Rate. No placeholders.
ui-rate = Rate
# Ceiling. No placeholders.
ui-ceiling = Ceiling
# No ceiling. No placeholders.
ui-no-ceiling = none published
# Information. No placeholders.
ui-information = Also worth knowing
# Stream. No placeholders.
ui-stream = Project
# Verdict. No placeholders.
ui-verdict = Answer
# Case. No placeholders.
ui-case = Case

## The line naming the phase whose rules apply.
# After the phase line, when the date is after the last known phase. $to: the phase's last date, written in this language.
phase-line-provisional = , provisional: the terms after { $to } are not known
# $from: a first date, written in this language. $phase: the phase, e.g. 2015-2020. $to: a last date, written in this language.
phase-line = { $phase } (applications { $from } to { $to })
# The phase line after the last known phase, whose terms stand in. $phase: the phase, e.g. 2025-2027. $to: its last date, written in this language.
phase-line-after = the { $phase } phase's terms, provisionally: no phase is known after { $to }

## The widget's own words.
# Intro. No placeholders.
widget-intro = Answer a few questions to see what the programme would pay towards your project. Nothing you type leaves this page.
# Yes. No placeholders.
widget-yes = Yes
# No. No placeholders.
widget-no = No
# Cost label. No placeholders.
widget-cost-label = Estimated project cost (HK$)
# Cost hint. No placeholders.
widget-cost-hint = For example 250,000, HK$250,000.50, 1.2m or 33萬.
# Date label. No placeholders.
widget-date-label = Application date
# Date hint. No placeholders.
widget-date-hint = The date chooses the phase of the programme whose rules apply.
# Date pinned. No placeholders.
widget-date-pinned = This page is about applications dated
# Share hint. No placeholders.
widget-share-hint = A percentage, for example 50.01.
# Date field hint. No placeholders.
widget-date-field-hint = Written year-month-day, for example 2016-06-01.
# Submit. No placeholders.
widget-submit = Show my estimate
# Reset. No placeholders.
widget-reset = Start again
# Copy summary. No placeholders.
widget-copy-summary = Copy summary
# Copied: the status line once the summary is copied. $language: the summary's language's name in this language (language-name-…).
widget-copied = Summary copied, in { $language }.
# Summary preview: the staff view's disclosure showing the text "Copy summary" copies, before the button. No placeholders.
widget-summary-preview = Preview of the summary
# Print. No placeholders.
widget-print = Print
# Share link. No placeholders.
widget-share-link = Link to this case
# Copy link. No placeholders.
widget-copy-link = Copy link
# Link copied. No placeholders.
widget-link-copied = Link copied.
# Copy failed. No placeholders.
widget-copy-failed = The browser did not allow copying. Select the text and copy it yourself.
# Error title. No placeholders.
widget-error-title = There is a problem
# The answer's headline while a typed answer has an error that is shown beside its field. $question: the field's question.
widget-headline-check = Check your answer: { $question }
# The answer's headline while a typed answer is being typed and cannot be read yet (no error shown before the person leaves the field). $question: the field's question.
widget-headline-entering = You are typing the answer to: { $question }
# The error summary after "Show my estimate", for a question still unanswered. $question: the question.
widget-unanswered = Answer this question: { $question }
# Under a choice question still unanswered after "Show my estimate". No placeholders.
widget-choose-one = Choose one answer.
# Link problem. No placeholders.
widget-link-problem = The link you opened could not be read in full. Check the answers below.
# Link too long. No placeholders.
widget-link-too-long = This link is too long to be read back: shorten the very long answers first.
# Rates title. No placeholders.
widget-rates-title = Rates and ceilings for an application made today
# Needs java script. No placeholders.
widget-needs-javascript = The estimator needs JavaScript, which is off in this browser. The current rates and ceilings are below, and the hotline can answer any question.
# Language. No placeholders.
widget-language = Language
# Summary language. No placeholders.
widget-summary-language = Summary language
# A language's name in this language (the status line when switching). No placeholders.
language-name-en = English
# Traditional Chinese's name. No placeholders.
language-name-zh-hant = Traditional Chinese
# Simplified Chinese's name. No placeholders.
language-name-zh-hans = Simplified Chinese
# Language loading: the status line while another language's texts are fetched (a language button was pressed). $language: the language's name in this language (language-name-…).
widget-language-loading = Loading { $language }…
# Language failed: the status line when another language's texts could not be fetched; the widget stays in this language with every answer. $language: the language's name in this language.
widget-language-failed = { $language } could not be loaded. Check the connection and try again.
# Language changed: the status line after the widget switched to this language, said in it. $language: this language's name (language-name-…).
widget-language-changed = The estimator is now in { $language }.
# Summary language changed: the status line after staff chose the summary's language. $language: that language's name in this language (language-name-…).
widget-summary-language-changed = The summary is now in { $language }.
# Your estimate. No placeholders.
widget-your-estimate = Your estimate
# No phase. No placeholders.
widget-no-phase = No phase takes applications on this date
# On paper, before the address of the link that reproduces the case. No placeholders.
widget-print-link = Open this estimate again
# The phase line while the date cannot be read. No placeholders.
widget-phase-unread = Phase: shown once the date is complete
# The answer's headline while the date cannot be read. No placeholders.
widget-headline-date = Enter the whole application date to see the estimate
# The date's error: nothing entered. No placeholders.
date-error-empty = Enter the application date.
# The date picker holds a date that is not complete, or not a day of the calendar (the browser does not say which). No placeholders.
date-error-unfinished = The application date is not complete, or that day does not exist (such as 30 February). Check the day, the month and the year.
# A date typed as day, month, year (or month, day, year) in a plain text field. No placeholders.
date-error-order = Write the year first, then the month and the day: for example 2018-05-01 for 1 May 2018.
# A date typed in a plain text field that cannot be read. No placeholders.
date-error-malformed = Write the date as year-month-day: for example 2018-05-01 for 1 May 2018.
# A year of more than four digits. No placeholders.
date-error-year = Write the year in four digits, for example 2018.
# A month that does not exist (0, 13 …). No placeholders.
date-error-no-such-month = There is no such month: write a month from 1 to 12.
# A day that the month does not have. $date: the date typed, written in this language (e.g. 30 February 2019). $days: how many days the month has.
date-error-no-such-day = There is no { $date }: that month has { $days } days. Check the day and the month.
# What a screen reader hears once the answer settles (the widget's status line, about a second after typing stops), where the answer has an amount. $headline: the answer's headline (message headline-*). $amount: the estimated sponsorship (message amount-hkd). $share: that amount's share of the project cost, in whole percent (e.g. 50%).
widget-announce-amount = { $headline }: about { $amount } of sponsorship, { $share } of your cost
# The split bar in words, under the bar (read by screen readers, printed). $sponsorship: the estimated sponsorship, $pays: what the applicant pays (message amount-hkd); $sponsorship_share, $pays_share: their shares of the project cost, in whole percent (e.g. 50%).
widget-bar-words = Of the project cost, the programme pays { $sponsorship } ({ $sponsorship_share }) and you pay { $pays } ({ $pays_share }).
# Application guide. No placeholders.
widget-application-guide = Read the application guide
# The next steps' deadline, for a date in a phase still open. $rule_set: the phase, e.g. 2015-2020. $to: its last date, written in this language.
next-steps-closing = Applications for the { $rule_set } phase close on { $to }.
# The same, where the last day is the estimator's assumption. $rule_set: the phase, e.g. 2015-2020. $to: its last date, written in this language.
next-steps-closing-assumed = Applications for the { $rule_set } phase close on { $to } (an assumption: the sources do not give the exact date).
# After the last known phase. $hotline: the words for the hotline and its number (message hotline), already in this language. $to: the last known phase's last date, written in this language.
next-steps-closing-unknown = No closing date is known for applications after { $to }: ask { $hotline }.
# On a date when no phase takes applications, the next phase's first day. $from: its first date, written in this language. $rule_set: the phase, e.g. 2015-2020.
next-steps-opens = Applications for the { $rule_set } phase open on { $from }.
# Call hotline. No placeholders.
widget-call-hotline = Call the hotline
# Write email. No placeholders.
widget-write-email = Email the secretariat
# Staff title. No placeholders.
widget-staff-title = Hotline view
# Events page. No placeholders.
widget-events-page = Events and registration
# Stream hint. No placeholders.
widget-stream-hint = The phase's projects, with the share it pays and its ceiling.

## A stream's ceiling in the rates tables.
# Published. $ceiling: a ceiling, e.g. HK$12,345. $higher: the higher ceiling, e.g. HK$12,345.
ceiling-text-origin = { $ceiling } ({ $higher } for Hong Kong or Guangdong–Hong Kong technology)
# The ceiling that applies to this case, in the staff's streams table, where the rule has two (by the technology's origin). $ceiling: this case's ceiling (message amount-hkd). $rule: the rule (message ceiling-text-origin).
ceiling-this-case = { $ceiling } for this case; the rule: { $rule }

## The hint under a stream in the stream question.
# $ceiling: a ceiling, e.g. HK$12,345. $rate: a rate, e.g. 25%.
terms-short = Rate { $rate }; ceiling { $ceiling }

## The rules page (docs/rules.*.md, cpfund rules).
# Title. No placeholders.
rules-page-title = The Cleaner Production Partnership Programme's rules in this estimator
# The heading of the rules page's list of streams and what each one funds. No placeholders.
rules-page-streams-fund = What each stream funds
# Intro. No placeholders.
rules-page-intro = Every phase of the programme as the estimator applies it: dates, area, who may apply, each stream's rate, ceiling and time to finish, and the address of the source of each figure. Where the sources are silent, the estimator's assumption is marked.
# Generated. No placeholders.
rules-page-generated = Generated from the rule files in rules/ (one file a phase in rules/phases/, the sources in rules/sources.toml): edit those, not this page. To regenerate:
# Applications. No placeholders.
rules-page-applications = Applications
# New money. No placeholders.
rules-page-new-money = New funding
# Area. No placeholders.
rules-page-area = Guangdong
# Pearl river delta only. No placeholders.
rules-page-pearl-river-delta-only = the Pearl River Delta only
# All guangdong. No placeholders.
rules-page-all-guangdong = all of Guangdong
# Hk factories. No placeholders.
rules-page-hk-factories = factories in Hong Kong
# Hk workshops. No placeholders.
rules-page-hk-workshops = workshops in Hong Kong with polluting processes
# Yes. No placeholders.
rules-page-yes = yes
# No. No placeholders.
rules-page-no = no
# Applicant test. No placeholders.
rules-page-applicant-test = Who may apply
# Applicant test published. No placeholders.
rules-page-applicant-test-published = a Hong Kong business registered under the Business Registration Ordinance (Cap. 310), tied to a factory in one of the ways (a) to (d), or owning and operating a factory or a workshop in Hong Kong.
# Priority sectors. No placeholders.
rules-page-priority-sectors = Priority sectors
# Outside priority only. No placeholders.
rules-page-outside-priority-only = Outside them a factory is not refused; priority for funding goes to these sectors.
# Outside case by case. No placeholders.
rules-page-outside-case-by-case = Outside them approval is decided case by case.
# Second assessment. No placeholders.
rules-page-second-assessment = A second on-site assessment
# Stream. No placeholders.
rules-page-stream = Stream
# Who may apply. No placeholders.
rules-page-who-may-apply = Who may apply
# Rate. No placeholders.
rules-page-rate = Rate
# Ceiling. No placeholders.
rules-page-ceiling = Ceiling
# Months to finish. No placeholders.
rules-page-months-to-finish = Months to finish
# Source. No placeholders.
rules-page-source = Source
# Not stated. No placeholders.
rules-page-not-stated = not stated
# Not listed. No placeholders.
rules-page-not-listed = not listed in the phase's sources
# Resident majority. No placeholders.
rules-page-resident-majority = Route (d): the shareholding test
# Label years. No placeholders.
rules-page-label-years = Label years
# Excellent partner. No placeholders.
rules-page-excellent-partner = Excellent Partner (Manufacturing Category)
# Partner. No placeholders.
rules-page-partner = Partner (Manufacturing Category)
# One off. No placeholders.
rules-page-one-off = One-off
# Cash award guangdong. No placeholders.
rules-page-cash-award-guangdong = The cash award is paid by Guangdong, to factories in Guangdong; the supply-chain and technology-service categories get none.
# Export credit discount. No placeholders.
rules-page-export-credit-discount = Label holders may also be considered for a discount on export credit insurance premiums by the Hong Kong Export Credit Insurance Corporation (information, not a figure the estimator computes).
# Sources. No placeholders.
rules-page-sources = Sources
# Address. No placeholders.
rules-page-address = Address
# In the sources table, for a source with no address on record: it is cited by name only. No placeholders.
rules-page-no-address = none on record: cited by name
# The heading over the table of what changed from the phase before; $phase is its id (2015-2020).
rules-page-changes-title = What changed from the { $phase } phase
# The first column of that table: what changed (the dates, a stream, a term). No placeholders.
rules-page-change = What changed
# In that table: where factories may be (the part of Guangdong, Hong Kong). No placeholders.
rules-page-area-covered = Area
# After a stream's name in that table: the phase before did not offer it. No placeholders.
rules-page-stream-added = : new stream
# After a stream's name in that table: this phase's sources do not list it any more (or the phase has no place for it). No placeholders.
rules-page-stream-dropped = : no longer listed
# In that table: the phase has no place for the stream at all. No placeholders.
rules-page-not-in-phase = not among the phase's streams

## Two dates (rules page).
# $from: a first date, written in this language. $to: a last date, written in this language.
date-range = { $from } to { $to }

## A phase as a heading (rules page).
# $phase: the phase, e.g. 2015-2020.
phase-name = The { $phase } phase

## A ceiling and what it is counted per (rules page).
# Project. $amount: an amount, e.g. HK$12,345 or RMB12,345.
ceiling-per-project = { $amount } a project
# Factory. $amount: an amount, e.g. HK$12,345 or RMB12,345.
ceiling-per-factory = { $amount } a factory

## The second on-site assessment rule (rules page).
# $years: a number of years (from the rule data).
second-assessment-rule = at least { $years } years after the earlier one was completed (on the same calendar date), with a recommended improvement measure implemented, and a change of process or materials or a pursuit of recognition

## The higher ceiling for technology of certain origins, after the ceiling (rules page).
# $amount: an amount, e.g. HK$12,345 or RMB12,345. $origins: who developed the technology (messages origin-*), separated by semicolons. Follows another sentence.
origin-ceiling-note = ({ $amount } for technology: { $origins })

## Route (d)'s shareholding test (rules page).
# $at_least: a percentage threshold. $more_than: a percentage threshold.
resident-majority-rule = A Hong Kong resident holds more than { $more_than }% of the Mainland enterprise (exactly { $more_than }% fails) and at least { $at_least }% of the Hong Kong business (exactly { $at_least }% passes).

## The Recognition Scheme's official name.
# No placeholders.
recognition-scheme-name = Hong Kong–Guangdong Cleaner Production Partners Recognition Scheme

## Label years from a year (rules page).
# $year: a year.
years-from = from { $year }

## The last label year a source reports (rules page).
# $year: a year.
reported-to = reported up to { $year }, later years assumed

## A linked page's language, after the link's words, where it is not the reader's (the widget's "Source" links and next steps, the summary, the rules pages).
# After a link to a page written in English (shown to Chinese readers). No placeholders.
page-written-english = (in English)
# After a link to a page written in Traditional Chinese (English readers are told "Chinese"; a Simplified reader is told which script). No placeholders.
page-written-traditional = (in Chinese)
# After a link to a page written in Simplified Chinese (as above). No placeholders.
page-written-simplified = (in Chinese)
