"""Trigger patterns of the cooperation types: CONSULT, COOPERATE, AID, RETREAT, MOBILIZE, CONCEDE.

Every sentence here was written for these tests from the CAMEO categories (04 consult, 06
material cooperation, 07 aid, 08 yield, 15 mobilize) and ordinary news English; none comes from
an evaluation file.  Each case runs the full pipeline (actors stage included) and checks an
asserted (type, source country, target country) triple; ``*`` accepts any target and ``-`` means
no country.  The second list holds near misses that must not be coded as the given type.
"""

from __future__ import annotations

import pytest

DATE = "2015-06-01"


def _country(mention) -> str:
    if mention is None:
        return "-"
    return mention.country or (mention.code or "")[:3] or "-"


def asserted_triples(events) -> set[tuple[str, str, str]]:
    """(type, source country, target country) of the asserted events; a symmetric event
    counts in both directions."""
    found = set()
    for event in events:
        if event.modality != "asserted":
            continue
        source, target = _country(event.source), _country(event.target)
        found.add((event.event_type, source, target))
        if event.symmetric:
            found.add((event.event_type, target, source))
    return found

POSITIVE = [
    ("Kenyan President Uhuru Kenyatta held talks with Ugandan President Yoweri Museveni on Tuesday.", "CONSULT", "KEN", "UGA"),
    ("Indian Prime Minister Narendra Modi arrived in Tokyo on Sunday for talks with Japanese officials.", "CONSULT", "IND", "JPN"),
    ("Narendra Modi arrived in Japan on Sunday on a three-day visit.", "CONSULT", "IND", "-"),
    ("Chinese President Xi Jinping landed in Islamabad on Monday for a two-day state visit.", "CONSULT", "CHN", "-"),
    ("German Chancellor Angela Merkel paid a visit to Paris on Friday.", "CONSULT", "DEU", "FRA"),
    ("German Chancellor Angela Merkel's visit to France came a week after the summit.", "CONSULT", "DEU", "FRA"),
    ("French President Francois Hollande hosted German Chancellor Angela Merkel at the Elysee Palace.", "CONSULT", "FRA", "DEU"),
    ("Francois Hollande received the German chancellor in Paris on Monday.", "CONSULT", "FRA", "DEU"),
    ("Russian Foreign Minister Sergei Lavrov spoke by telephone with U.S. Secretary of State John Kerry.", "CONSULT", "RUS", "USA"),
    ("Sergei Lavrov and John Kerry discussed the Syrian crisis in a phone call on Sunday.", "CONSULT", "RUS", "USA"),
    ("Vladimir Putin had a telephone conversation with Barack Obama on Friday.", "CONSULT", "RUS", "USA"),
    ("Vladimir Putin telephoned Barack Obama to discuss Ukraine.", "CONSULT", "RUS", "USA"),
    ("The United States and Iran resumed nuclear negotiations in Vienna on Monday.", "CONSULT", "USA", "IRN"),
    ("American and Iranian negotiators met in Geneva.", "CONSULT", "USA", "IRN"),
    ("Talks between Washington and Tehran continued in Lausanne on Thursday.", "CONSULT", "USA", "IRN"),
    ("Norway mediated talks between the Colombian government and FARC rebels in Havana.", "CONSULT", "NOR", "COL"),
    ("Egypt brokered talks between Israel and Hamas on Wednesday.", "CONSULT", "EGY", "ISR"),
    ("Qatar hosted talks between the Taliban and Afghan officials in Doha.", "CONSULT", "QAT", "AFG"),
    ("British Foreign Secretary Philip Hammond met his Chinese counterpart Wang Yi in Beijing.", "CONSULT", "GBR", "CHN"),
    ("Philip Hammond discussed trade with Chinese Premier Li Keqiang on Tuesday.", "CONSULT", "GBR", "CHN"),
    ("Turkish Prime Minister Ahmet Davutoglu visited Baghdad on Monday, the first such trip in years.", "CONSULT", "TUR", "IRQ"),
    ("The Turkish foreign minister was in Baghdad on Monday for talks with Iraqi leaders.", "CONSULT", "TUR", "IRQ"),
    ("South Korean and North Korean officials held a meeting at the border village of Panmunjom.", "CONSULT", "KOR", "PRK"),
    ("Greek Prime Minister Alexis Tsipras met with German Chancellor Angela Merkel on the sidelines of the summit.", "CONSULT", "GRC", "DEU"),
    ("U.S. and Cuban diplomats opened a new round of negotiations in Havana.", "CONSULT", "USA", "CUB"),
    ("Iran's foreign minister Mohammad Javad Zarif negotiated with U.S. Secretary of State John Kerry for six hours.", "CONSULT", "IRN", "USA"),
    ("Vietnamese Communist Party chief Nguyen Phu Trong began a visit to China on Tuesday.", "CONSULT", "VNM", "CHN"),
    ("Philippine President Benigno Aquino is on a state visit to Japan.", "CONSULT", "PHL", "JPN"),
    ("Australia's foreign minister Julie Bishop held a meeting with Indonesian Foreign Minister Retno Marsudi.", "CONSULT", "AUS", "IDN"),
    ("Saudi King Salman welcomed Egyptian President Abdel Fattah al-Sisi to Riyadh on Sunday.", "CONSULT", "SAU", "EGY"),
    ("Ukrainian and Russian negotiators sat down in Minsk on Wednesday.", "CONSULT", "UKR", "RUS"),
    ("Merkel consulted with Ukrainian President Petro Poroshenko by phone.", "CONSULT", "DEU", "UKR"),
    ("Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping shook hands and talked for 25 minutes.", "CONSULT", "JPN", "CHN"),
    ("U.S. envoy Zalmay Khalilzad was in Kabul to consult with Afghan leaders.", "CONSULT", "USA", "AFG"),
    ("Spain's King Felipe made an official visit to Morocco.", "CONSULT", "ESP", "MAR"),
    ("The Indian and Pakistani foreign secretaries met in New Delhi on Monday.", "CONSULT", "IND", "PAK"),
    ("Pakistan's national security adviser travelled to New Delhi for talks with his Indian counterpart.", "CONSULT", "PAK", "IND"),
    ("Kerry conferred with Lavrov at the sidelines of the ASEAN meeting.", "CONSULT", "USA", "RUS"),
    ("American and Philippine marines conducted joint exercises in the South China Sea.", "COOPERATE", "USA", "PHL"),
    ("The United States held joint naval drills with the Philippines on Monday.", "COOPERATE", "USA", "PHL"),
    ("Russian and Chinese warships began joint naval exercises in the Mediterranean.", "COOPERATE", "RUS", "CHN"),
    ("French troops launched a joint operation with Malian soldiers against militants in northern Mali.", "COOPERATE", "FRA", "MLI"),
    ("The United States is training Iraqi security forces at bases near Baghdad.", "COOPERATE", "USA", "IRQ"),
    ("British military instructors trained Ukrainian soldiers in Yavoriv.", "COOPERATE", "GBR", "UKR"),
    ("Turkey allowed US warplanes to use its Incirlik air base for strikes on Islamic State.", "COOPERATE", "TUR", "USA"),
    ("Thailand extradited a Russian suspect to the United States on Friday.", "COOPERATE", "THA", "USA"),
    ("Spanish police handed over an ETA suspect to French authorities.", "COOPERATE", "ESP", "FRA"),
    ("Jordan shared intelligence with the United States on the Islamic State group.", "COOPERATE", "JOR", "USA"),
    ("German and French police are cooperating closely in the investigation.", "COOPERATE", "DEU", "FRA"),
    ("Nigeria and Cameroon launched joint patrols along their border.", "COOPERATE", "NGA", "CMR"),
    ("Kenyan troops fought alongside Somali government forces against al-Shabaab.", "COOPERATE", "KEN", "SOM"),
    ("India and Japan stepped up defence cooperation on Tuesday.", "COOPERATE", "IND", "JPN"),
    ("US and British intelligence agencies exchanged information on the suspects.", "COOPERATE", "USA", "GBR"),
    ("Egypt coordinated with Israel on security in the Sinai peninsula.", "COOPERATE", "EGY", "ISR"),
    ("Australian and Indonesian police worked together to dismantle a people-smuggling ring.", "COOPERATE", "AUS", "IDN"),
    ("Russia delivered the first S-300 missile systems to Iran under a 2007 contract.", "AID", "RUS", "IRN"),
    ("Japan sent 25 tonnes of relief supplies to Nepal after the earthquake.", "AID", "JPN", "NPL"),
    ("The United States announced a new 75 million dollar aid package for Ukraine.", "AID", "USA", "UKR"),
    ("Washington provided Ukraine with Humvees and counter-battery radars.", "AID", "USA", "UKR"),
    ("Germany gave Greece a loan of 10 billion euros.", "AID", "DEU", "GRC"),
    ("China donated 50 million dollars to Pakistan for flood victims.", "AID", "CHN", "PAK"),
    ("Russia has supplied the Syrian government with weapons and ammunition.", "AID", "RUS", "SYR"),
    ("Saudi Arabia pledged 274 million dollars in humanitarian aid to Yemen.", "AGREE", "SAU", "YEM"),
    ("Indian air force planes airlifted food and medicine to Kathmandu.", "AID", "IND", "NPL"),
    ("Ethiopia contributed 4,000 peacekeepers to the African Union mission in Somalia.", "AID", "ETH", "IGO"),
    ("Ecuador granted political asylum to WikiLeaks founder Julian Assange.", "AID", "ECU", "-"),
    ("Turkey has taken in nearly two million Syrian refugees.", "AID", "TUR", "SYR"),
    ("Germany took in 800,000 asylum seekers from Syria.", "AID", "DEU", "SYR"),
    ("U.S. Navy ships delivered drinking water and food to Haiti.", "AID", "USA", "HTI"),
    ("The European Commission approved an 86 billion euro bailout for Greece.", "AID", "IGO", "GRC"),
    ("Iran sent military advisers to help Iraqi forces fight the Islamic State.", "AID", "IRN", "IRQ"),
    ("Qatar pledged one billion dollars to rebuild Gaza.", "AGREE", "QAT", "PSE"),
    ("China extended a 5 billion dollar credit line to Venezuela.", "AID", "CHN", "VEN"),
    ("The World Food Programme distributed food to 200,000 people in South Sudan.", "AID", "IGO", "SSD"),
    ("US aircraft dropped food and water to Yazidis trapped on Mount Sinjar in Iraq.", "AID", "USA", "-"),
    ("Iran released four American prisoners on Saturday.", "RETREAT", "IRN", "USA"),
    ("Four Americans were freed by Iran in a prisoner swap.", "RETREAT", "IRN", "USA"),
    ("North Korea freed a South Korean student it had detained for six months.", "RETREAT", "PRK", "KOR"),
    ("Russia handed over the bodies of Ukrainian soldiers at a checkpoint.", "RETREAT", "RUS", "UKR"),
    ("Ukraine and Russia exchanged prisoners of war on Sunday.", "RETREAT", "UKR", "RUS"),
    ("The United States lifted sanctions on Iran.", "RETREAT", "USA", "IRN"),
    ("The European Union eased some sanctions against Russia.", "RETREAT", "IGO", "RUS"),
    ("Israel eased its blockade of Gaza to allow construction materials in.", "RETREAT", "ISR", "PSE"),
    ("Russia withdrew its troops from the Ukrainian border.", "RETREAT", "RUS", "UKR"),
    ("Russian troops pulled back from the Ukrainian border on Friday.", "RETREAT", "RUS", "-"),
    ("The United States completed the withdrawal of its combat troops from Afghanistan.", "RETREAT", "USA", "AFG"),
    ("The Saudi-led coalition declared a five-day humanitarian ceasefire in Yemen.", "RETREAT", "SAU", "-"),
    ("Syria allowed United Nations aid convoys to enter besieged towns.", "RETREAT", "SYR", "IGO"),
    ("Iran allowed IAEA inspectors to visit the Parchin military site.", "RETREAT", "IRN", "IGO"),
    ("FARC rebels handed over their weapons to United Nations monitors.", "RETREAT", "-", "IGO"),
    ("Hundreds of Iraqi soldiers surrendered to Islamic State fighters.", "RETREAT", "IRQ", "IMG"),
    ("Turkey halted its military offensive in northern Syria.", "RETREAT", "TUR", "-"),
    ("China returned the seized Vietnamese fishing boat to Vietnam.", "RETREAT", "CHN", "VNM"),
    ("China removed its oil rig from waters claimed by Vietnam.", "RETREAT", "CHN", "VNM"),
    ("Israel returned the bodies of three Palestinians to their families.", "RETREAT", "ISR", "PSE"),
    ("Iran released the 15 British sailors it had seized in the Gulf.", "RETREAT", "IRN", "GBR"),
    ("The EU unfroze the assets of three Russian businessmen.", "RETREAT", "IGO", "RUS"),
    ("Houthi fighters retreated from the Saudi border region.", "RETREAT", "YEM", "SAU"),
    ("Russia massed tens of thousands of troops near the Ukrainian border.", "MOBILIZE", "RUS", "-"),
    ("Russia deployed additional troops to the border with Ukraine.", "MOBILIZE", "RUS", "UKR"),
    ("North Korea put its frontline troops on a war footing.", "MOBILIZE", "PRK", "-"),
    ("North Korea placed its army on high alert on Friday.", "MOBILIZE", "PRK", "-"),
    ("South Korea raised its military alert level after the shelling.", "MOBILIZE", "KOR", "-"),
    ("China sent warships to the disputed Spratly Islands.", "MOBILIZE", "CHN", "-"),
    ("The United States dispatched an aircraft carrier to the Mediterranean.", "MOBILIZE", "USA", "-"),
    ("India beefed up security along the Line of Control.", "MOBILIZE", "IND", "-"),
    ("Egypt deployed thousands of police officers around Tahrir Square.", "MOBILIZE", "EGY", "-"),
    ("Ukraine called up 40,000 reservists.", "MOBILIZE", "UKR", "-"),
    ("Ukraine announced a partial mobilization of reservists.", "MOBILIZE", "UKR", "-"),
    ("Russia staged large-scale military exercises near the Baltic states.", "MOBILIZE", "RUS", "-"),
    ("North Korea tested a new submarine-launched ballistic missile.", "MOBILIZE", "PRK", "-"),
    ("Turkey moved tanks and artillery to its border with Syria.", "MOBILIZE", "TUR", "SYR"),
    ("Nigeria put its security forces on red alert ahead of the election.", "MOBILIZE", "NGA", "-"),
    ("The Pentagon ordered 3,000 more troops to the Middle East.", "MOBILIZE", "USA", "-"),
    ("Israel massed troops and tanks on the Gaza border.", "MOBILIZE", "ISR", "PSE"),
    ("Iran's Revolutionary Guards held war games in the Strait of Hormuz.", "MOBILIZE", "IRN", "-"),
    ("Egypt lifted the state of emergency in Sinai on Thursday.", "CONCEDE", "EGY", "-"),
    ("Thailand's military government lifted martial law.", "CONCEDE", "THA", "-"),
    ("Egyptian President Hosni Mubarak resigned on Friday.", "CONCEDE", "EGY", "-"),
    ("Ukrainian Prime Minister Arseniy Yatsenyuk stepped down after months of criticism.", "CONCEDE", "UKR", "-"),
    ("Burkina Faso's President Blaise Compaore resigned after mass protests.", "CONCEDE", "BFA", "-"),
    ("Myanmar's government granted amnesty to 6,000 prisoners.", "CONCEDE", "MMR", "-"),
    ("Bahrain's king pardoned 900 prisoners.", "CONCEDE", "BHR", "-"),
    ("China eased restrictions on foreign journalists.", "CONCEDE", "CHN", "*"),
    ("Greece bowed to the demands of its creditors.", "CONCEDE", "GRC", "*"),
    ("Greece accepted the creditors' demands for deeper austerity.", "CONCEDE", "GRC", "*"),
    ("Cuba legalized small private businesses.", "CONCEDE", "CUB", "*"),
    ("Belarus pardoned six opposition leaders.", "CONCEDE", "BLR", "*"),
    ("Tunisia's interim government agreed to hold elections in October.", "AGREE", "TUN", "-"),
    ("Zimbabwe's president Robert Mugabe agreed to step down.", "AGREE", "ZWE", "-"),
    ("Iran softened its position on uranium enrichment.", "CONCEDE", "IRN", "-"),
    ("Venezuela lifted the ban on opposition rallies.", "CONCEDE", "VEN", "*"),
    ("Malaysia scrapped a controversial internal security law.", "CONCEDE", "MYS", "-"),
    ("Hong Kong's government withdrew the extradition bill after mass protests.", "CONCEDE", "HKG", "-"),
    ("Armenia's government suspended the electricity price rise after protests.", "CONCEDE", "ARM", "-"),
    ("Kenya reversed its decision to close the Dadaab refugee camp.", "CONCEDE", "KEN", "-"),
]

NEAR_MISSES = [
    ("Israeli Prime Minister Benjamin Netanyahu will meet Obama at the White House on Monday, officials said.", "CONSULT"),
    ("The government met the demands of the striking workers.", "CONSULT"),
    ("The protest was met with tear gas by Kenyan police.", "CONSULT"),
    ("Tourists visit Egypt every year.", "CONSULT"),
    ("Russian troops arrived in Crimea on Friday.", "CONSULT"),
    ("The United States called on Russia to withdraw its forces.", "CONSULT"),
    ("The company met its sales targets in China.", "CONSULT"),
    ("The Pope called for peace talks between Israel and the Palestinians.", "CONSULT"),
    ("Iran refused to hold talks with the United States.", "CONSULT"),
    ("Police worked through the night to clear the square.", "COOPERATE"),
    ("Opposition parties in Kenya joined forces to contest the election.", "COOPERATE"),
    ("Iran refused to cooperate with the United Nations inspectors.", "COOPERATE"),
    ("The United States urged Pakistan to cooperate in the fight against the Taliban.", "COOPERATE"),
    ("Rain helped firefighters contain the blaze near Athens.", "AID"),
    ("Greece asked its creditors for more aid.", "AID"),
    ("Kenya said the aid would be used to build schools.", "AID"),
    ("Police evacuated the building after a bomb threat.", "AID"),
    ("The UN appealed for 400 million dollars in aid for Yemen.", "AID"),
    ("The president vowed to protect the country from terrorists.", "AID"),
    ("Iran denied sending weapons to Houthi rebels in Yemen.", "AID"),
    ("The United States called on Iran to release the American prisoners.", "RETREAT"),
    ("The company released its quarterly results on Tuesday.", "RETREAT"),
    ("The ministry released a statement condemning the attack.", "RETREAT"),
    ("The government released the names of the victims.", "RETREAT"),
    ("Apple released a new iPhone in China.", "RETREAT"),
    ("The United States imposed new sanctions on Russia.", "RETREAT"),
    ("Britain withdrew from the European Union.", "RETREAT"),
    ("Iran refused to release the British sailors.", "RETREAT"),
    ("The company deployed new software across its offices.", "MOBILIZE"),
    ("Kenyan police fired tear gas at protesters in Nairobi.", "MOBILIZE"),
    ("The government increased security spending by 5 percent.", "MOBILIZE"),
    ("Japan sent a letter of protest to China.", "MOBILIZE"),
    ("The opposition mobilized its supporters for the vote.", "MOBILIZE"),
    ("India and Japan stepped up defence cooperation.", "MOBILIZE"),
    ("The president called elections for November.", "CONCEDE"),
    ("The minister refused to resign.", "CONCEDE"),
    ("Protesters demanded that the prime minister resign.", "CONCEDE"),
    ("Kenya met the deadline for the report.", "CONCEDE"),
    ("The central bank eased interest rates by half a point.", "CONCEDE"),
]


@pytest.mark.parametrize("text, etype, source, target", POSITIVE)
def test_cooperation_patterns_code_the_event(code_text, text, etype, source, target):
    found = asserted_triples(code_text(text, date=DATE))
    assert any(t == etype and s == source and target in ("*", g) for t, s, g in found), found


@pytest.mark.parametrize("text, etype", NEAR_MISSES)
def test_cooperation_patterns_leave_near_misses_alone(code_text, text, etype):
    found = asserted_triples(code_text(text, date=DATE))
    assert all(t != etype for t, _, _ in found), found
