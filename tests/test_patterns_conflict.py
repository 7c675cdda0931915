"""Conflict patterns (THREATEN, PROTEST, SANCTION, COERCE, ASSAULT) through the full pipeline.

Every sentence here was written for these tests from the CAMEO/PLOVER category definitions
(13x threaten, 14x protest, 16x reduce relations, 17x coerce, 18x-20x assault): active,
passive, nominal and prepositional frames, and near misses that must not code the type
(accidents, sport, metaphor, weather, background descriptions).
"""

from __future__ import annotations

import pytest

from event_triples import asserted_triples

DATE = "2015-06-01"
ANY = "any"   # the country of an unnamed party (taken from the sentence by the actors stage)

# sentence, type, source country, target country (None: the text names no actor there)
CODED = [
    # THREATEN (13x): the target is the one threatened, or the object of the threatened action
    ("North Korea threatened to attack South Korea.", "THREATEN", "PRK", "KOR"),
    ("Russia threatened to cut gas supplies to Ukraine.", "THREATEN", "RUS", "UKR"),
    ("The United States threatened to impose sanctions on Venezuela.", "THREATEN", "USA", "VEN"),
    ("Turkey threatened to expel the Dutch ambassador.", "THREATEN", "TUR", "NLD"),
    ("China threatened Japan with countermeasures over the islands dispute.", "THREATEN", "CHN", "JPN"),
    ("Ukraine was threatened by Russia with a gas cut-off.", "THREATEN", "RUS", "UKR"),
    ("Moscow issued a stern warning to Kiev.", "THREATEN", "RUS", "UKR"),
    ("Washington gave Damascus an ultimatum to hand over its chemical weapons.", "THREATEN", "USA", "SYR"),
    ("North Korea vowed revenge against the United States.", "THREATEN", "PRK", "USA"),
    ("Ethiopia threatened military action against Eritrea.", "THREATEN", "ETH", "ERI"),
    ("Armenia warned Azerbaijan against any new provocation.", "THREATEN", "ARM", "AZE"),
    ("Iran said Israel would pay a heavy price for any attack.", "THREATEN", "IRN", "ISR"),
    ("The Kremlin hinted at retaliation against Britain.", "THREATEN", "RUS", "GBR"),
    ("The United States raised the threat of sanctions against Russia.", "THREATEN", "USA", "RUS"),
    ("Russia warned that NATO would regret any expansion to the east.", "THREATEN", "RUS", None),
    ("The Nigerian president vowed to eliminate Boko Haram.", "THREATEN", "NGA", "NGA"),
    ("The EU said Russia faces new sanctions over Ukraine.", "THREATEN", None, "RUS"),
    ("Hezbollah vowed to avenge the killing of its commander by Israel.", "THREATEN", "LBN", "ISR"),
    ("The Palestinian Authority threatened to stop security cooperation with Israel.", "THREATEN", "PSE", "ISR"),
    # PROTEST (14x): demonstrations, strikes, hunger strikes, riots
    ("Thousands of Egyptians protested in Cairo on Friday against President Mohamed Morsi.", "PROTEST", "EGY", "EGY"),
    ("Indonesian students demonstrated outside the US embassy in Jakarta.", "PROTEST", "IDN", "USA"),
    ("Hundreds of Iranians rallied in front of the Saudi embassy in Tehran.", "PROTEST", "IRN", "SAU"),
    ("British activists picketed the Russian embassy in London.", "PROTEST", "GBR", "RUS"),
    ("Supporters of the former president demonstrated in Islamabad against the government.", "PROTEST", "PAK", "PAK"),
    ("Greek workers staged a general strike against austerity measures.", "PROTEST", "GRC", None),
    ("Palestinian prisoners in Israeli jails began a hunger strike.", "PROTEST", "PSE", None),
    ("Workers went on strike in Nigeria over fuel prices.", "PROTEST", "NGA", None),
    ("Chinese protesters attacked Japanese businesses in several cities.", "PROTEST", "CHN", "JPN"),
    ("Palestinian demonstrators threw stones at Israeli soldiers near Ramallah.", "PROTEST", "PSE", "ISR"),
    ("Protests erupted across Iran after the election.", "PROTEST", None, None),
    ("French farmers blocked roads across the country to protest against low milk prices.", "PROTEST", "FRA", None),
    ("Belarusian opposition supporters staged a silent march through Minsk.", "PROTEST", "BLR", None),
    ("Thousands joined a mass march against the government in Warsaw.", "PROTEST", None, "POL"),
    ("Thousands rallied in Tokyo against the US military base in Okinawa.", "PROTEST", None, "USA"),
    ("Tens of thousands of Georgians rallied in Tbilisi against the ruling party.", "PROTEST", "GEO", "GEO"),
    ("Demonstrators in Bahrain demanded the release of political prisoners.", "PROTEST", "BHR", None),
    # SANCTION (16x): sanctions, embargoes, cut aid, break relations, expel diplomats
    ("The European Union imposed sanctions on Russia over its annexation of Crimea.", "SANCTION", None, "RUS"),
    ("New sanctions were imposed on Iran by the United Nations.", "SANCTION", None, "IRN"),
    ("Saudi Arabia cut diplomatic ties with Qatar.", "SANCTION", "SAU", "QAT"),
    ("Britain expelled 23 Russian diplomats.", "SANCTION", "GBR", "RUS"),
    ("The US suspended military aid to Egypt.", "SANCTION", "USA", "EGY"),
    ("Israel suspended peace talks with the Palestinians.", "SANCTION", "ISR", "PSE"),
    ("Japan tightened export controls on South Korea.", "SANCTION", "JPN", "KOR"),
    ("The African Union suspended Mali's membership.", "SANCTION", None, "MLI"),
    ("The Arab League suspended Syria.", "SANCTION", None, "SYR"),
    ("Russia halted gas deliveries to Ukraine.", "SANCTION", "RUS", "UKR"),
    ("Kuwait ordered the closure of the Iranian embassy.", "SANCTION", "KWT", "IRN"),
    ("Venezuela ordered American diplomats to leave the country within 72 hours.", "SANCTION", "VEN", "USA"),
    ("Canada froze the assets of Russian officials.", "SANCTION", "CAN", "RUS"),
    ("Britain ordered the expulsion of 23 Russian diplomats.", "SANCTION", "GBR", "RUS"),
    ("The EU imposed an asset freeze on twenty Russian officials.", "SANCTION", None, "RUS"),
    ("Kenya announced the recall of its ambassador to Somalia.", "SANCTION", "KEN", "SOM"),
    # COERCE (17x): arrest, deport, seize, restrict, curfew, martial law, cyber
    ("Chinese police detained two Japanese nationals in Beijing.", "COERCE", "CHN", "JPN"),
    ("An American journalist was arrested by Iranian authorities in Tehran.", "COERCE", "IRN", "USA"),
    ("Saudi Arabia deported thousands of Ethiopian migrants.", "COERCE", "SAU", "ETH"),
    ("Iran seized a British oil tanker in the Strait of Hormuz.", "COERCE", "IRN", "GBR"),
    ("Thai authorities declared martial law across the country.", "COERCE", "THA", None),
    ("Egypt imposed restrictions on foreign-funded NGOs.", "COERCE", "EGY", None),
    ("Russian hackers attacked the computer networks of the German parliament.", "COERCE", "RUS", "DEU"),
    ("Israel imposed a blockade on the Gaza Strip.", "COERCE", "ISR", "PSE"),
    ("The Burmese junta placed Aung San Suu Kyi under house arrest.", "COERCE", "MMR", "MMR"),
    # ASSAULT (18x-20x)
    ("Israeli warplanes struck Hamas targets in Gaza overnight.", "ASSAULT", "ISR", "PSE"),
    ("A Palestinian was shot dead by Israeli soldiers in Hebron.", "ASSAULT", "ISR", "PSE"),
    ("Russian artillery shelled Ukrainian positions near Donetsk.", "ASSAULT", "RUS", "UKR"),
    ("Armenian and Azerbaijani troops exchanged fire along the border.", "ASSAULT", "ARM", "AZE"),
    ("Pakistani forces fired mortar shells at Indian border posts.", "ASSAULT", "PAK", "IND"),
    ("North Korean troops fired artillery at a South Korean island.", "ASSAULT", "PRK", "KOR"),
    ("Egyptian troops killed 15 Islamist militants in Sinai.", "ASSAULT", "EGY", ANY),
    ("Gunmen killed three Pakistani soldiers near the Afghan border.", "ASSAULT", ANY, "PAK"),
    ("Two Israeli soldiers were wounded in a Hezbollah attack on the border.", "ASSAULT", "LBN", "ISR"),
    ("Ukrainian forces recaptured the town of Sloviansk from the rebels.", "ASSAULT", "UKR", ANY),
    ("Security forces opened fire on demonstrators in Khartoum.", "ASSAULT", "SDN", "SDN"),
    ("Indian and Chinese troops clashed along the disputed border.", "ASSAULT", "IND", "CHN"),
    ("Sudanese government forces attacked rebel positions in South Kordofan.", "ASSAULT", "SDN", ANY),
    ("Russian air strikes on the Syrian city of Idlib killed 20 civilians.", "ASSAULT", "RUS", "SYR"),
    ("Five Afghan soldiers were killed by a Taliban car bomb in Helmand.", "ASSAULT", "AFG", "AFG"),
    ("A Palestinian stabbed two Israelis in Jerusalem.", "ASSAULT", "PSE", "ISR"),
    ("Syrian government helicopters dropped barrel bombs on rebel-held districts of Aleppo.", "ASSAULT", "SYR", ANY),
    ("Al-Shabaab militants stormed a hotel in Mogadishu.", "ASSAULT", "SOM", None),
    ("Islamic State militants executed 21 Egyptian Christians in Libya.", "ASSAULT", ANY, "EGY"),
    ("Egyptian police tortured detainees, Human Rights Watch said.", "ASSAULT", "EGY", None),
    ("Taliban insurgents attacked a police checkpoint in Kandahar, killing six policemen.", "ASSAULT", "AFG", "AFG"),
    ("Egyptian troops took over the offices of Al Jazeera in Cairo.", "COERCE", "EGY", ANY),
    ("Zimbabwean police raided the home of the opposition leader in Harare.", "COERCE", "ZWE", "ZWE"),
    ("The Zimbabwean government seized white-owned farms.", "COERCE", "ZWE", None),
    ("Chinese authorities detained a prominent human rights lawyer.", "COERCE", "CHN", None),
    ("Bahrain revoked the citizenship of 72 people.", "COERCE", "BHR", ANY),
    ("The Israeli navy intercepted a Gaza-bound aid flotilla.", "COERCE", "ISR", ANY),
    ("Indian authorities cut off internet access in Kashmir.", "COERCE", "IND", None),
    ("Thai authorities banned political gatherings of more than five people.", "COERCE", "THA", ANY),
    ("Sri Lanka declared a state of emergency after anti-Muslim riots.", "COERCE", "LKA", None),
    ("Ukrainian police surrounded the parliament building in Kiev.", "COERCE", "UKR", ANY),
    ("The Ukrainian army launched an offensive against separatists in Donetsk.", "ASSAULT", "UKR", ANY),
    # crowd violence and boycotts: PROTEST when a crowd does it, SANCTION when a state does
    ("Venezuelan police clashed with protesters in Caracas.", "PROTEST", "VEN", "VEN"),
    ("The United States boycotted the Moscow Olympics.", "SANCTION", "USA", "RUS"),
    ("The US escalated its trade war with China.", "SANCTION", "USA", "CHN"),
    ("The EU put an arms embargo on Syria.", "SANCTION", None, "SYR"),
    # an actor's announced retaliation is a threat
    ("Iran said it would retaliate against any attack.", "THREATEN", "IRN", None),
    ("Iran said it would close the Strait of Hormuz if its oil exports were blocked.", "THREATEN", "IRN", None),
    ("Turkey said it will launch a military operation against Kurdish militants in Syria.", "THREATEN", "TUR", ANY),
    ("India said it will give a befitting reply to Pakistan.", "THREATEN", "IND", "PAK"),
    ("Israel said it reserves the right to respond to any attack.", "THREATEN", "ISR", None),
    ("Canada closed its airspace to Russian aircraft.", "SANCTION", "CAN", "RUS"),
    ("Washington hit Beijing with new tariffs on steel.", "SANCTION", "USA", "CHN"),
    ("The EU targeted Russian banks with sanctions.", "SANCTION", None, "RUS"),
    ("Washington threatened Beijing with additional tariffs.", "THREATEN", "USA", "CHN"),
    ("Israeli soldiers killed a Palestinian man near Nablus.", "ASSAULT", "ISR", "PSE"),
    ("Relations have been frosty since the Russian invasion of Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("A car bomb ripped through a crowded market in Baghdad.", "ASSAULT", None, None),
    ("Israeli tanks blasted Hamas positions in Gaza.", "ASSAULT", "ISR", "PSE"),
    ("Turkish missiles slammed into Kurdish positions.", "ASSAULT", "TUR", ANY),
    ("A militant hurled a grenade at a police patrol in Srinagar.", "ASSAULT", ANY, ANY),
    ("Kurdish fighters inflicted heavy casualties on Islamic State militants.", "ASSAULT", ANY, ANY),
    ("A suicide bomber detonated his explosive vest at a mosque in Quetta.", "ASSAULT", ANY, ANY),
    ("Boko Haram fighters have killed at least 30 in northeastern Nigeria.", "ASSAULT", "NGA", None),
    ("Algerian militants beheaded a French tourist.", "ASSAULT", "DZA", "FRA"),
]

# sentence, types that must not be asserted
NOT_CODED = [
    ("Five people were killed in a car crash in Kenya.", {"ASSAULT"}),
    ("A fire killed twelve people in a Mumbai hotel.", {"ASSAULT"}),
    ("The earthquake killed hundreds of people in Nepal.", {"ASSAULT"}),
    ("The virus has killed 500 people in Sierra Leone.", {"ASSAULT"}),
    ("The war in Syria has killed more than 300,000 people since 2011.", {"ASSAULT"}),
    ("The conflict in eastern Ukraine, which has killed more than 6,000 people, shows no sign of ending.", {"ASSAULT"}),
    ("Brazil beat Argentina 2-1 in the World Cup qualifier.", {"ASSAULT"}),
    ("Serbia's team beat Croatia in the final.", {"ASSAULT"}),
    ("Germany is fighting inflation with higher interest rates.", {"ASSAULT"}),
    ("India is battling a surge in dengue cases.", {"ASSAULT"}),
    ("The Serbian minister fought back tears during the ceremony.", {"ASSAULT"}),
    ("A storm hit the Philippines on Sunday.", {"ASSAULT"}),
    ("Ukraine's economy was hit hard by the war.", {"ASSAULT"}),
    ("The floods struck eastern Pakistan, killing 40 people.", {"ASSAULT"}),
    ("The Chinese economy was struck by a slowdown.", {"ASSAULT"}),
    ("The opposition attacked the government's budget plan.", {"ASSAULT"}),
    ("Palestinian prisoners in Israeli jails began a hunger strike.", {"ASSAULT"}),
    ("Police arrested dozens of demonstrators in Moscow.", {"PROTEST"}),
    ("The police received a bomb threat at the airport in Madrid.", {"THREATEN"}),
    ("Analysts said climate change is a threat to Bangladesh.", {"THREATEN"}),
    ("Kenya's central bank arrested the decline of the shilling.", {"COERCE"}),
    ("The film captured the mood of the country in Brazil.", {"COERCE"}),
    ("The company cut its phone prices in India.", {"COERCE"}),
    ("The party suspended its leader over the scandal.", {"COERCE"}),
    ("The president dissolved parliament and called early elections.", {"COERCE"}),
    ("A fire destroyed the homes of fifty Kenyan villagers.", {"COERCE"}),
    ("The city banned smoking in restaurants.", {"COERCE"}),
    ("The company seized the opportunity to expand in India.", {"COERCE"}),
    ("Egypt imposed restrictions on foreign-funded NGOs.", {"SANCTION"}),
    ("Russian hackers attacked the computer networks of the German parliament.", {"ASSAULT"}),
    ("The Iranian delegation stormed out of the meeting.", {"ASSAULT"}),
    ("Japan launched a diplomatic offensive in Africa.", {"ASSAULT"}),
    ("China launched a charm offensive in Southeast Asia.", {"ASSAULT"}),
    ("Nigeria launched a crackdown on corruption.", {"ASSAULT", "COERCE"}),
    ("The government cracked down on tax evasion.", {"ASSAULT"}),
    ("India and Pakistan are engaged in a war of words.", {"ASSAULT"}),
    ("Germany and France clashed over the budget at the summit.", {"ASSAULT"}),
    ("The minister clashed with the president over economic policy.", {"ASSAULT"}),
    ("The US escalated its trade war with China.", {"ASSAULT"}),
    ("The Kremlin struck back at critics in the press.", {"ASSAULT"}),
    ("Sanctions have hit Russian banks hard.", {"ASSAULT"}),
    ("Venezuelan police clashed with protesters in Caracas.", {"ASSAULT"}),
    ("The EU put an arms embargo on Syria.", {"COERCE"}),
    ("The fighting in Yemen has displaced a million people.", {"COERCE"}),
    ("Stocks rallied in early trading in Tokyo.", {"PROTEST"}),
    ("Iran and Russia held talks in March.", {"PROTEST"}),
    ("The two sides held talks in early March.", {"PROTEST"}),
    ("The president attended a ceremony in March.", {"PROTEST"}),
    ("Israel's blockade of Gaza has lasted a decade.", {"PROTEST"}),
    ("Turkey blocked the border crossing with Syria.", {"PROTEST"}),
    ("European leaders rallied behind the French president.", {"PROTEST"}),
    ("Russian troops marched into the town of Gori.", {"PROTEST"}),
    ("Clashes erupted between government troops and rebels in Darfur.", {"PROTEST"}),
    ("The rally in oil prices continued on Monday.", {"PROTEST"}),
    ("Residents condemned the attack on the mosque.", {"PROTEST"}),
    ("Students called for more funding for universities.", {"PROTEST"}),
    ("Opponents of the plan attacked it as unconstitutional.", {"PROTEST", "ASSAULT"}),
    ("Supporters of the president urged him to run again.", {"PROTEST"}),
    ("Greece took over the rotating EU presidency.", {"COERCE"}),
    ("Zimbabwean police raided the home of the opposition leader in Harare.", {"ASSAULT"}),
    ("Lebanon marked the anniversary of the assassination of Rafik Hariri.", {"ASSAULT"}),
    ("A gas explosion ripped through an apartment building in Moscow.", {"ASSAULT"}),
    ("The storm caused heavy damage in Florida.", {"ASSAULT"}),
    ("Russia faces new sanctions over Ukraine.", {"THREATEN", "SANCTION"}),
    ("The senator blasted the new trade policy in Washington.", {"ASSAULT"}),
    ("Colombia and the rebels hammered out a deal on land reform.", {"ASSAULT"}),
    ("The rebels struck a deal with the government in Khartoum.", {"ASSAULT"}),
    ("Pakistan released a report on the Indian airstrike in Balakot.", {"ASSAULT"}),
    ("Memorials were held for victims of the massacre of Bosnian Muslims.", {"ASSAULT"}),
    ("The company executed the contract in Lagos.", {"ASSAULT"}),
    ("Sudanese government forces attacked rebel positions in South Kordofan.", {"ACCUSE"}),
    ("Washington hit Beijing with new tariffs on steel.", {"ASSAULT"}),
    ("The minister fired back at his critics in Rome.", {"ASSAULT"}),
    ("The Russian president boarded a plane to Beijing.", {"COERCE"}),
    ("Washington threatened Beijing with additional tariffs.", {"SANCTION"}),
    ("The footballer injured his knee in Madrid.", {"ASSAULT"}),
]


@pytest.mark.parametrize("sentence,etype,source,target", CODED)
def test_conflict_pattern_codes(code_text, sentence, etype, source, target):
    events = code_text(sentence, date=DATE)
    found = asserted_triples(events)
    assert any(t == etype and source in (ANY, s) and target in (ANY, g) for t, s, g in found), found


@pytest.mark.parametrize("sentence,forbidden", NOT_CODED)
def test_conflict_near_miss_not_coded(code_text, sentence, forbidden):
    events = code_text(sentence, date=DATE)
    coded = {e.event_type for e in events if e.modality == "asserted"}
    assert not coded & forbidden, asserted_triples(events)


@pytest.mark.parametrize("sentence", [
    "North Korea threatened to attack South Korea.",
    "The Taliban threatened to kill the hostages.",
    "Russia threatened to expel the Polish ambassador.",
])
def test_threatened_action_is_not_coded_as_done(code_text, sentence):
    events = code_text(sentence, date=DATE)
    asserted = {e.event_type for e in events if e.modality == "asserted"}
    assert "THREATEN" in asserted
    assert not asserted & {"ASSAULT", "SANCTION", "COERCE"}


CONFLICT_TYPES = {"THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"}


@pytest.mark.parametrize("sentence", [
    "Russia did not threaten Ukraine.",
    "Protesters did not gather outside the US embassy.",
    "The EU may impose new sanctions on Belarus.",
    "Police did not detain any demonstrators.",
    "Israel denied that its jets bombed a school in Gaza.",
    "Pakistan accused India of shelling villages in Kashmir.",
    "If Iran closes the Strait of Hormuz, oil prices will soar.",
    "Turkey might cut off water to Syria.",
    "No protests were held in Minsk on Sunday.",
    "The government refused to impose a curfew in Lagos.",
    "Saudi Arabia failed to seize the port of Hodeidah.",
    "China is expected to impose tariffs on American goods.",
    "Workers plan to strike next week in Nigeria.",
    "Did Russia shell Ukrainian positions?",
])
def test_conflict_not_asserted_when_it_did_not_happen(code_text, sentence):
    events = code_text(sentence, date=DATE)
    asserted = {e.event_type for e in events if e.modality == "asserted"}
    assert not asserted & CONFLICT_TYPES, asserted_triples(events)
