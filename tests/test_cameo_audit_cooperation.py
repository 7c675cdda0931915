"""CAMEO sub-code audit of the verbal cooperation types: AGREE (CAMEO 03), CONSULT (04) and
SUPPORT (05, with 057 signing a formal agreement, as PLOVER's crosswalk has it).

For every code the crosswalk maps to these types, a few ways news English reports it: plain
past tense, passive, a noun under a light verb, a nominalisation, a headline in the present
tense, reported speech, appositions and "X and Y" compounds.  Every sentence was written for
this file from the CAMEO category definitions and ordinary news English; none comes from an
evaluation file.  Each case runs the full pipeline and checks for one event of the given type,
source country, target country (``-`` none, ``*`` any) and modality; the second table holds
look-alikes (negated, future, denied, commercial, sporting, private senses) that must give no
asserted event of the type; ENGINE_GAPS are cases the patterns cannot reach (expected to fail
until the parser or the argument finder changes); CAMEO_CODES checks the sub-code of one
sentence per CAMEO category.
"""

from __future__ import annotations

import pytest

from event_triples import asserted_triples

DATE = "2015-06-01"

A = "asserted"

# (sentence, type, source, target, modality)
CASES = [
    # an ally named in apposition is the actor, not its possessor
    ("Japan's closest ally, the United States, praised Tokyo's new security laws.", "SUPPORT", "USA", "JPN", A),
    # 030 express intent to cooperate
    ("Mexico offered to cooperate with Guatemala on border security.", "AGREE", "MEX", "GTM", A),
    ("The Angolan government pledged to work closely with Namibia on water management.", "AGREE", "AGO", "NAM", A),
    ("Slovakia said it was ready to cooperate with Hungary on the dam project.", "AGREE", "SVK", "HUN", A),
    ("Sri Lankan President Maithripala Sirisena vowed to cooperate with India in fighting drug trafficking.", "AGREE", "LKA", "IND", A),
    ("Peru promises closer cooperation with Chile on fisheries", "AGREE", "PER", "CHL", A),
    ("Mongolia expressed its willingness to cooperate with South Korea in mining.", "AGREE", "MNG", "KOR", A),
    ("Bolivia made overtures to Chile on Monday.", "AGREE", "BOL", "CHL", A),
    ("Ankara and Moscow formed an alliance.", "AGREE", "TUR", "RUS", A),
    ("Argentina formed a partnership with Brazil on nuclear energy.", "AGREE", "ARG", "BRA", A),
    # 031 express intent to engage in material (economic) cooperation
    ("Kazakhstan and Uzbekistan agreed to expand trade across their shared border.", "AGREE", "KAZ", "UZB", A),
    ("Indonesia offered to sell palm oil to Pakistan at a discount.", "AGREE", "IDN", "PAK", A),
    ("Bangladesh agreed to buy electricity from Bhutan.", "AGREE", "BGD", "BTN", A),
    ("Ecuador said it would open its markets to Colombian textiles.", "AGREE", "ECU", "COL", A),
    # 032 military cooperation
    ("Jordan offered to train Iraqi soldiers at its bases.", "AGREE", "JOR", "IRQ", A),
    ("Poland agreed to host American troops and tanks on its soil.", "AGREE", "POL", "USA", A),
    ("Egypt and Sudan agreed to form a joint force to patrol their border.", "AGREE", "EGY", "SDN", A),
    # 033 judicial cooperation, material aid
    ("Thailand agreed to extradite the suspect to Cambodia.", "AGREE", "THA", "KHM", A),
    ("Britain promised to send 50 million pounds in aid to Sierra Leone.", "AGREE", "GBR", "SLE", A),
    ("Japan pledged 200 million dollars to Jordan for refugee relief.", "AGREE", "JPN", "JOR", A),
    ("Norway's pledge of emergency aid to Nepal was announced on Monday.", "AGREE", "NOR", "NPL", A),
    ("China offered Zambia a loan of 1 billion dollars.", "AGREE", "CHN", "ZMB", A),
    # 034/035 intent to reform or to yield
    ("Israel agreed to release Palestinian prisoners held since 1993.", "AGREE", "ISR", "PSE", A),
    ("The Thai junta promised to lift martial law.", "AGREE", "THA", "-", A),
    ("The Burundian president promised to hold free elections.", "AGREE", "BDI", "-", A),
    ("Tehran agreed to allow UN inspectors into its military sites.", "AGREE", "IRN", "*", A),
    # 036 express intent to meet or negotiate
    ("North Korea agreed to hold talks with South Korea.", "AGREE", "PRK", "KOR", A),
    ("Armenia said it was ready to resume negotiations with Azerbaijan.", "AGREE", "ARM", "AZE", A),
    ("The Taliban offered to meet Afghan government officials in Qatar.", "AGREE", "AFG", "AFG", A),
    ("Vladimir Putin accepted Japan's invitation to visit Tokyo.", "AGREE", "RUS", "JPN", A),
    ("Vladimir Putin accepted an invitation from Shinzo Abe to visit Japan.", "AGREE", "RUS", "JPN", A),
    ("Cuba expressed readiness for dialogue with the European Union.", "AGREE", "CUB", "*", A),
    ("The foreign ministry said China had agreed to resume talks with Japan.", "AGREE", "CHN", "JPN", A),
    ("Colombia's government and the ELN agreed to open peace talks.", "AGREE", "COL", "COL", A),
    # 037 settle a dispute, truce
    ("Eritrea and Ethiopia agreed to settle their border dispute.", "AGREE", "ERI", "ETH", A),
    ("Colombia and Venezuela resolved their dispute over the border crossings.", "AGREE", "COL", "VEN", A),
    ("Sudan and South Sudan buried the hatchet after months of tension.", "AGREE", "SDN", "SSD", A),
    ("Ukraine and the separatists agreed to a ceasefire in the east.", "AGREE", "UKR", "*", A),
    # 038 accept mediation
    ("Kiev accepted EU mediation in the gas dispute with Moscow.", "AGREE", "UKR", "*", A),
    ("The Malian government agreed to Algerian mediation.", "AGREE", "MLI", "DZA", A),
    # 039 offer to mediate
    ("Kuwait offered to mediate between Saudi Arabia and Qatar.", "AGREE", "KWT", "SAU", A),
    ("Turkey offered its mediation between Israel and the Palestinians.", "AGREE", "TUR", "ISR", A),
    ("Egypt offered its mediation to Sudan and South Sudan.", "AGREE", "EGY", "SSD", A),
    ("Algeria proposed its good offices to Mali and the Tuareg rebels.", "AGREE", "DZA", "MLI", A),
    ("Kazakhstan offered its services as a mediator between Russia and Ukraine.", "AGREE", "KAZ", "UKR", A),
    # 030 agreement reached
    ("Iran and six world powers reached a nuclear deal in Vienna.", "AGREE", "IRN", "*", A),
    ("Ghana and Ivory Coast struck a deal on their maritime border.", "AGREE", "GHA", "CIV", A),
    ("An agreement was reached between Nepal and India on the use of the river.", "AGREE", "NPL", "IND", A),
    ("Serbian Prime Minister Aleksandar Vucic and his Albanian counterpart Edi Rama agreed on a new border crossing.", "AGREE", "SRB", "ALB", A),

    # 040 consult
    ("Chinese and Japanese diplomats held consultations in Tokyo on Friday.", "CONSULT", "CHN", "JPN", A),
    ("Moroccan officials consulted with their Algerian counterparts on migration.", "CONSULT", "MAR", "DZA", A),
    ("The Danish foreign minister discussed the Arctic with his Canadian counterpart.", "CONSULT", "DNK", "CAN", A),
    # 041 discuss by telephone
    ("Turkish President Recep Tayyip Erdogan spoke by phone with Vladimir Putin on Saturday.", "CONSULT", "TUR", "RUS", A),
    ("Obama phoned Indian Prime Minister Narendra Modi on Monday.", "CONSULT", "USA", "IND", A),
    ("The Saudi king received a phone call from the Iranian president.", "CONSULT", "SAU", "IRN", A),
    ("Kenyan President Uhuru Kenyatta held a telephone conversation with his Tanzanian counterpart.", "CONSULT", "KEN", "TZA", A),
    ("In a telephone call with Francois Hollande, Angela Merkel discussed the Greek debt talks.", "CONSULT", "DEU", "FRA", A),
    ("Officials in Ankara said Erdogan had phoned Putin on Tuesday.", "CONSULT", "TUR", "RUS", A),
    # 042 make a visit
    ("Indian Prime Minister Narendra Modi visited Mongolia on Sunday.", "CONSULT", "IND", "MNG", A),
    ("The Iranian foreign minister arrived in Islamabad on a two-day visit.", "CONSULT", "IRN", "PAK", A),
    ("Brazilian President Dilma Rousseff paid a state visit to Mexico.", "CONSULT", "BRA", "MEX", A),
    ("Egyptian president visits Sudan for first time since taking office", "CONSULT", "EGY", "SDN", A),
    ("Modi's trip to Mongolia was the first by an Indian leader.", "CONSULT", "IND", "MNG", A),
    ("Mongolia's president, Tsakhia Elbegdorj, visited North Korea in 2013.", "CONSULT", "MNG", "PRK", A),
    # 043 host a visit
    ("Tanzanian President Jakaya Kikwete hosted his Kenyan counterpart in Dar es Salaam.", "CONSULT", "TZA", "KEN", A),
    ("Nepal's prime minister received the visiting Chinese foreign minister.", "CONSULT", "NPL", "CHN", A),
    ("Beijing rolled out the red carpet for the Pakistani president.", "CONSULT", "CHN", "PAK", A),
    ("Kazakhstan played host to the Iranian president last week.", "CONSULT", "KAZ", "IRN", A),
    ("The Iraqi prime minister was received by King Salman in Riyadh.", "CONSULT", "SAU", "IRQ", A),
    # 044 meet at a third location
    ("The Sudanese and South Sudanese presidents met in Addis Ababa on Thursday.", "CONSULT", "SDN", "SSD", A),
    ("Israeli and Palestinian negotiators met in Amman.", "CONSULT", "ISR", "PSE", A),
    ("Shinzo Abe met Xi Jinping on the sidelines of the summit in Jakarta.", "CONSULT", "JPN", "CHN", A),
    # 045 mediate
    ("Algeria mediated between the Malian government and Tuareg rebels.", "CONSULT", "DZA", "MLI", A),
    ("Oman acted as a go-between for Iran and the United States.", "CONSULT", "OMN", "*", A),
    ("Former South African president Thabo Mbeki mediated talks between Sudan and South Sudan.", "CONSULT", "ZAF", "SDN", A),
    ("Norway facilitated contacts between the Colombian government and the ELN.", "CONSULT", "NOR", "COL", A),
    ("Ghana's president mediated between the two Guinean factions.", "CONSULT", "GHA", "GIN", A),
    # 046 engage in negotiation
    ("Iran and the United States negotiated through the night in Vienna.", "CONSULT", "IRN", "USA", A),
    ("The Philippine government is in negotiations with Muslim rebels.", "CONSULT", "PHL", "*", A),
    ("Talks between Serbia and Kosovo resumed in Brussels.", "CONSULT", "SRB", "XKX", A),
    ("Cuban and American diplomats held a fresh round of talks in Washington.", "CONSULT", "CUB", "USA", A),

    # 050 diplomatic cooperation
    ("India and Vietnam strengthened their strategic partnership on Monday.", "SUPPORT", "IND", "VNM", A),
    ("Turkey and Israel mended ties after six years.", "SUPPORT", "TUR", "ISR", A),
    ("Cuba and the United States improved relations this year.", "SUPPORT", "CUB", "USA", A),
    ("The rapprochement between Cuba and the United States surprised analysts.", "SUPPORT", "CUB", "USA", A),
    ("Turkey's rapprochement with Israel was sealed in June.", "SUPPORT", "TUR", "ISR", A),
    # 051 praise or endorse
    ("The Chinese president praised Pakistan's efforts against terrorism.", "SUPPORT", "CHN", "PAK", A),
    ("John Kerry commended Nigeria for holding peaceful elections.", "SUPPORT", "USA", "NGA", A),
    ("The European Union welcomed Myanmar's decision to free political prisoners.", "SUPPORT", "IGO", "MMR", A),
    ("Japan expressed gratitude to Thailand for its help after the flood.", "SUPPORT", "JPN", "THA", A),
    ("Merkel praises Greek reform efforts", "SUPPORT", "DEU", "GRC", A),
    ("Senegal's president sent a congratulatory message to Nigeria's new president.", "SUPPORT", "SEN", "NGA", A),
    ("Uruguay's president hailed Argentina as a brother nation.", "SUPPORT", "URY", "ARG", A),
    # 052 defend verbally
    ("Russia defended Syria at the United Nations Security Council.", "SUPPORT", "RUS", "SYR", A),
    ("China spoke up in defence of Zimbabwe at the UN.", "SUPPORT", "CHN", "ZWE", A),
    ("Beijing came to the defence of Pyongyang.", "SUPPORT", "CHN", "PRK", A),
    # 053 rally support
    ("Saudi Arabia rallied support for Yemen's exiled president.", "SUPPORT", "SAU", "YEM", A),
    ("Kenya lobbied on behalf of Somalia at the African Union summit.", "SUPPORT", "KEN", "SOM", A),
    ("The United States threw its weight behind the Iraqi prime minister.", "SUPPORT", "USA", "IRQ", A),
    ("Saudi Arabia and the UAE rallied behind Bahrain.", "SUPPORT", "ARE", "BHR", A),
    # 054 grant diplomatic recognition
    ("Sweden recognised the state of Palestine.", "SUPPORT", "SWE", "PSE", A),
    ("Cuba and the United States restored diplomatic relations.", "SUPPORT", "CUB", "USA", A),
    ("Panama established diplomatic ties with China.", "SUPPORT", "PAN", "CHN", A),
    ("Bhutan recognised Kosovo in 2012.", "SUPPORT", "BTN", "XKX", A),
    ("Bhutan's recognition of Kosovo came in 2012.", "SUPPORT", "BTN", "XKX", A),
    # 055 apologize
    ("Japan apologized to South Korea for the remarks.", "SUPPORT", "JPN", "KOR", A),
    ("Australia issued a formal apology to Indonesia.", "SUPPORT", "AUS", "IDN", A),
    ("The Dutch government offered an apology to Indonesia for colonial-era killings.", "SUPPORT", "NLD", "IDN", A),
    ("Britain said it was sorry for the massacre in Kenya.", "SUPPORT", "GBR", "*", A),
    ("The Bolivian president apologised to Chile for his remarks.", "SUPPORT", "BOL", "CHL", A),
    # 056 forgive
    ("The Rwandan president said Rwanda had forgiven Belgium.", "SUPPORT", "RWA", "BEL", A),
    ("Vietnam forgave the United States long ago.", "SUPPORT", "VNM", "USA", A),
    # 057 sign a formal agreement
    ("India and Bangladesh signed a land boundary agreement.", "SUPPORT", "IND", "BGD", A),
    ("Russia inked a gas deal with China.", "SUPPORT", "RUS", "CHN", A),
    ("Georgia ratified its association agreement with the European Union.", "SUPPORT", "GEO", "*", A),
    ("Iran and Oman sign defence pact", "SUPPORT", "IRN", "OMN", A),
    ("A memorandum of understanding was signed between Nepal and India.", "SUPPORT", "NPL", "IND", A),
    ("The partnership agreement was signed by Armenia and the European Union.", "SUPPORT", "ARM", "IGO", A),
]

# Headlines in the present tense, with a comma for "and".
CASES += [
    # an infinitive hung on the object names the target (was an engine gap)
    ("Vladimir Putin accepted an invitation to visit Japan.", "AGREE", "RUS", "JPN", A),
    ("Obama, Castro meet in Panama", "CONSULT", "USA", "CUB", A),
    ("Japanese PM visits Australia", "CONSULT", "JPN", "AUS", A),
    ("China hosts Vietnamese party chief", "CONSULT", "CHN", "VNM", A),
    ("Saudi king receives Lebanese prime minister", "CONSULT", "SAU", "LBN", A),
    ("Kenya backs Somalia bid for UN seat", "SUPPORT", "KEN", "SOM", A),
    ("India, Pakistan agree to resume talks", "AGREE", "IND", "PAK", A),
    ("Britain apologises to Kenya over colonial abuses", "SUPPORT", "GBR", "KEN", A),
    ("Turkey, Russia sign gas pipeline deal", "SUPPORT", "TUR", "RUS", A),
    ("Sweden recognises Palestine", "SUPPORT", "SWE", "PSE", A),
    ("Iran welcomes Saudi call for dialogue", "SUPPORT", "IRN", "SAU", A),
]

# (sentence, type): no asserted event of the type
NOT_CASES = [
    ("Iran did not agree to the inspections of its military sites.", "AGREE"),
    ("North Korea refused to hold talks with South Korea.", "AGREE"),
    ("Analysts agree that China's growth is slowing.", "AGREE"),
    ("The striker agreed a new contract with the club.", "AGREE"),
    ("Ghana and Ivory Coast failed to reach a deal on their maritime border.", "AGREE"),
    ("The Taliban might offer to meet Afghan officials.", "AGREE"),
    ("Talks between Serbia and Kosovo were called off.", "CONSULT"),
    ("Obama will visit Kenya next month.", "CONSULT"),
    ("The mayor visited the flooded village on Monday.", "CONSULT"),
    ("The airline is negotiating with its pilots.", "CONSULT"),
    ("She phoned her mother from the airport.", "CONSULT"),
    ("The hotel hosted a wedding for two hundred guests.", "CONSULT"),
    ("Manchester United met Chelsea in the cup final.", "CONSULT"),
    ("Tokyo denied that Abe had apologized to Seoul.", "SUPPORT"),
    ("The band signed a record deal with Sony.", "SUPPORT"),
    ("The coach praised his players after the match.", "SUPPORT"),
    ("Russia may recognise the breakaway region.", "SUPPORT"),
    ("The court backed the government in the tax case.", "SUPPORT"),
    ("Japan refused to apologize to China.", "SUPPORT"),
    ("The two banks signed a merger agreement.", "SUPPORT"),
    ("The company signed a memorandum of understanding with the port authority.", "SUPPORT"),
    ("People make agreements and then break them.", "AGREE"),
    ("The hotel offered its services to guests for free.", "AGREE"),
    ("Turkey did not offer its mediation between Israel and the Palestinians.", "AGREE"),
    ("Kazakhstan offered its services as a mediator between Russia and Ukraine.", "CONSULT"),
    ("The fans welcomed the match between Brazil and Argentina.", "SUPPORT"),
    ("Bookmakers backed Brazil to win the cup.", "SUPPORT"),
    ("The rebels, backed by Iranian troops, took the town.", "SUPPORT"),
    ("The mayor toured two flooded towns on Tuesday.", "CONSULT"),
    ("Vietnam's apology to South Korea was never made.", "SUPPORT"),
    ("Two Japanese carmakers formed an alliance.", "AGREE"),
    ("The airline launched a partnership with a Kenyan hotel chain.", "AGREE"),
    ("The orchestra made overtures to the city council for funding.", "AGREE"),
    ("The composer wrote an overture to the opera.", "AGREE"),
    ("Rebel groups formed an alliance against the government.", "AGREE"),
    ("The Cold War détente ended in 1979.", "SUPPORT"),
]

# Codes the engine, not the patterns, still misses (see the report of the coverage audit):
# a headline verb the small parser tags as a noun, a headline list parsed as 'dep', the
# complement fallback not reading a preposition under 'as', nor an infinitive hung on the
# object, nor the RETREAT target after "from the
# border with".
ENGINE_GAPS = [
    ("Merkel lauds Greek reform efforts", "SUPPORT", "DEU", "GRC", A),
    ("Merkel phones Putin over Ukraine", "CONSULT", "DEU", "RUS", A),
    ("Serbia and Kosovo clinch deal on policing", "AGREE", "SRB", "XKX", A),
    ("Iran, Oman sign defence pact", "SUPPORT", "IRN", "OMN", A),
    ("Turkey offered to act as a mediator between Israel and the Palestinians.", "AGREE", "TUR", "ISR", A),
    ("Russia said it would pull its troops back from the border with Ukraine.", "AGREE", "RUS", "UKR", A),
]


# (sentence, type, CAMEO code of its asserted event): the sub-code each construction gives.
CAMEO_CODES = [
    ("Pakistan accepted Chinese mediation in its dispute with Afghanistan.", "AGREE", "038"),
    ("Kuwait offered to mediate between Saudi Arabia and Qatar.", "AGREE", "039"),
    ("Turkey offered its mediation between Israel and the Palestinians.", "AGREE", "039"),
    ("Eritrea and Ethiopia agreed to settle their border dispute.", "AGREE", "037"),
    ("North Korea agreed to meet South Korean officials.", "AGREE", "036"),
    ("Ukraine and the separatists agreed to a ceasefire in the east.", "AGREE", "037"),
    ("Iran and six world powers reached a nuclear deal in Vienna.", "AGREE", "030"),
    ("Japan pledged 200 million dollars to Jordan for refugee relief.", "AGREE", "033"),
    ("Chinese and Japanese diplomats held consultations in Tokyo on Friday.", "CONSULT", "040"),
    ("Turkish President Recep Tayyip Erdogan spoke by phone with Vladimir Putin on Saturday.", "CONSULT", "041"),
    ("Indian Prime Minister Narendra Modi visited Mongolia on Sunday.", "CONSULT", "042"),
    ("Tanzanian President Jakaya Kikwete hosted his Kenyan counterpart in Dar es Salaam.", "CONSULT", "043"),
    ("Algeria mediated between the Malian government and Tuareg rebels.", "CONSULT", "045"),
    ("Iran and the United States negotiated through the night in Vienna.", "CONSULT", "046"),
    ("Turkey and Israel mended ties after six years.", "SUPPORT", "050"),
    ("John Kerry commended Nigeria for holding peaceful elections.", "SUPPORT", "051"),
    ("Russia defended Syria at the United Nations Security Council.", "SUPPORT", "052"),
    ("Kenya lobbied on behalf of Somalia at the African Union summit.", "SUPPORT", "053"),
    ("Sweden recognised the state of Palestine.", "SUPPORT", "054"),
    ("Japan apologized to South Korea for the remarks.", "SUPPORT", "055"),
    ("Vietnam forgave the United States long ago.", "SUPPORT", "056"),
    ("India and Bangladesh signed a land boundary agreement.", "SUPPORT", "057"),
]


def _events(code_text, text):
    return code_text(text, date=DATE)


def _found(events):
    """(type, source, target, modality) of every event, both ways for a symmetric one."""
    return {(t, s, g, m) for m in {e.modality for e in events} for t, s, g in asserted_triples(
        events, missing="-", codes=True, both_directions=True, modality=m)}


@pytest.mark.parametrize(
    "text, etype, source, target, modality",
    CASES + [pytest.param(*case, marks=pytest.mark.xfail(reason="engine gap", strict=False)) for case in ENGINE_GAPS],
)
def test_cameo_cooperation_code_is_coded(code_text, text, etype, source, target, modality):
    found = _found(_events(code_text, text))
    assert any(
        t == etype and s == source and target in ("*", g) and m == modality for t, s, g, m in found
    ), found


@pytest.mark.parametrize("text, etype", NOT_CASES)
def test_cameo_cooperation_look_alike_is_not_coded(code_text, text, etype):
    found = _found(_events(code_text, text))
    assert all(not (t == etype and m == "asserted") for t, _, _, m in found), found


@pytest.mark.parametrize("text, etype, cameo", CAMEO_CODES)
def test_cameo_cooperation_sub_code(code_text, text, etype, cameo):
    codes = {e.cameo for e in _events(code_text, text) if e.event_type == etype and e.modality == "asserted"}
    assert cameo in codes, codes
