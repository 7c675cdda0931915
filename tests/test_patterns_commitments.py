"""Commitments and yielding: AGREE (CAMEO 03 intent to cooperate, agreeing, accepting),
CONCEDE (CAMEO 08 yield: easing restrictions, pardons, backing down, resigning) and RETREAT
(de-escalation: release, return, withdrawal, truce, easing sanctions, allowing access).

Every sentence here was written for these tests from general knowledge of news English and the
CAMEO/PLOVER category definitions: varied verbs, nouns, light-verb forms, headline forms,
passives and reported speech. None comes from an evaluation file.  Each positive case names the
asserted (type, source country, target country) the full pipeline must produce; each negative
case must produce no asserted event of the named type (negated, modal, future, failed, denied,
or a look-alike sense of the word).
"""

from __future__ import annotations

import pytest

from event_triples import coded_triples


AGREE_CASES = [
    # promise, pledge, vow, offer, commit, undertake, assure
    ("Ethiopia pledged to cooperate with Sudan on water sharing.", "AGREE", "ETH", "SDN"),
    ("The Kenyan government has promised Somalia further military assistance.", "AGREE", "KEN", "SOM"),
    ("Brazil vowed to work with Argentina to revive the regional trade bloc.", "AGREE", "BRA", "ARG"),
    ("Indonesia offered to help Malaysia fight the forest fires.", "AGREE", "IDN", "MYS"),
    ("South Korea committed to supplying Poland with tanks.", "AGREE", "KOR", "POL"),
    ("Iraq undertook to protect Turkish companies working in Kirkuk.", "AGREE", "IRQ", "TUR"),
    ("Kazakhstan assured China of its continued support.", "AGREE", "KAZ", "CHN"),
    ("The Malaysian prime minister assured Singapore that water supplies would continue.", "AGREE", "MYS", "SGP"),
    ("Kenya's president vowed to deepen ties with Ethiopia.", "AGREE", "KEN", "ETH"),
    ("Spain offered Morocco its cooperation on migration.", "AGREE", "ESP", "MAR"),
    ("Chile has offered Bolivia access to the sea through a corridor near Arica.", "AGREE", "CHL", "BOL"),
    ("Egypt offered its good offices to resolve the dispute between Sudan and Ethiopia.", "AGREE", "EGY", "SDN"),
    ("The United Arab Emirates offered to broker a prisoner swap between Moscow and Kyiv.", "AGREE", "ARE", "RUS"),
    ("Portugal volunteered to take in migrants stranded off Malta.", "AGREE", "PRT", None),
    ("Burkina Faso's junta promised to hand power back to civilians by 2024.", "AGREE", "BFA", None),
    # willingness and readiness, as adjective or noun
    ("Qatar has expressed willingness to mediate between Sudan and South Sudan.", "AGREE", "QAT", "SSD"),
    ("Poland said it was prepared to shelter Ukrainian refugees.", "AGREE", "POL", "UKR"),
    ("Japan is willing to provide Sri Lanka with emergency loans.", "AGREE", "JPN", "LKA"),
    ("The Saudi foreign minister expressed Riyadh's readiness to restore relations with Iran.", "AGREE", "SAU", "IRN"),
    ("Taiwan said it stands ready to help Japan after the earthquake.", "AGREE", "TWN", "JPN"),
    ("The Afghan Taliban expressed readiness to hold talks with Pakistan.", "AGREE", "AFG", "PAK"),
    ("Oman is ready for talks with Yemen's rebels.", "AGREE", "OMN", "YEM"),
    ("Peru expressed its readiness to sign a free trade deal with Ecuador.", "AGREE", "PER", "ECU"),
    ("The Turkish government indicated it was ready to restore ties with Egypt.", "AGREE", "TUR", "EGY"),
    ("Ghana is prepared to send troops to a regional force in Mali, its defence minister said.", "AGREE", "GHA", "MLI"),
    ("Tehran said it would be willing to swap prisoners with Washington.", "AGREE", "IRN", "USA"),
    # promises as nouns
    ("The pledge by Germany to deliver air defence systems to Ukraine came after weeks of pressure.", "AGREE", "DEU", "UKR"),
    ("Australia made a commitment to Papua New Guinea to fund a new naval base.", "AGREE", "AUS", "PNG"),
    ("France gave assurances to Chad that its troops would stay.", "AGREE", "FRA", "TCD"),
    # agreeing
    ("Moscow and Kiev have agreed to swap prisoners of war.", "AGREE", "RUS", "UKR"),
    ("Tokyo and Seoul agreed to resume their security dialogue.", "AGREE", "JPN", "KOR"),
    ("Ecuador agreed to extradite the former vice president to Peru.", "AGREE", "ECU", "PER"),
    ("Uganda consented to the deployment of Kenyan troops.", "AGREE", "UGA", "KEN"),
    ("Officials said Iraq and Kuwait had agreed to demarcate their maritime border.", "AGREE", "IRQ", "KWT"),
    ("Cameroon and Nigeria agreed that joint patrols would begin in May.", "AGREE", "CMR", "NGA"),
    ("Bolivia and Chile agreed on a roadmap to restore diplomatic ties.", "AGREE", "BOL", "CHL"),
    ("Mexico and Guatemala agreed on joint measures to curb migration.", "AGREE", "MEX", "GTM"),
    ("Azerbaijan and Armenia have agreed in principle on the text of a peace treaty.", "AGREE", "AZE", "ARM"),
    ("Iran and Saudi Arabia agreed to reopen their embassies within two months.", "AGREE", "IRN", "SAU"),
    ("Argentina and Britain agreed to resume flights to the Falklands.", "AGREE", "ARG", "GBR"),
    ("Georgia and Armenia agreed to strengthen cooperation in the energy sector.", "AGREE", "GEO", "ARM"),
    ("Israel and Hamas agreed to extend the truce by two days.", "AGREE", "ISR", "PSE"),
    ("Moscow agreed to withdraw its troops from Moldova.", "AGREE", "RUS", "MDA"),
    ("The Sudanese army agreed to a US-Saudi proposal for a ceasefire.", "AGREE", "SDN", "USA"),
    ("Gabon agreed to take part in the regional peacekeeping mission.", "AGREE", "GAB", None),
    # deals reached, struck, hammered out; compromises and settlements
    ("Tanzania and Malawi reached a compromise on the lake boundary.", "AGREE", "TZA", "MWI"),
    ("Israel and Lebanon hammered out a maritime border deal.", "AGREE", "ISR", "LBN"),
    ("Egypt and Ethiopia struck an accord on filling the dam.", "AGREE", "EGY", "ETH"),
    ("Greece and North Macedonia reached a historic agreement to end their name dispute.", "AGREE", "GRC", "MKD"),
    ("A deal to end the fishing dispute was reached by Iceland and Norway.", "AGREE", "ISL", "NOR"),
    ("Niger and Benin came to terms on reopening their border.", "AGREE", "NER", "BEN"),
    ("Uzbekistan and Kyrgyzstan settled a decades-old border dispute.", "AGREE", "UZB", "KGZ"),
    ("Nepal and India resolved their differences over the new map.", "AGREE", "NPL", "IND"),
    ("Somalia and Kenya patched up their diplomatic row.", "AGREE", "SOM", "KEN"),
    # accepting offers, invitations, mediation; approving a deal
    ("Colombia accepted Cuba's offer to host the peace negotiations.", "AGREE", "COL", "CUB"),
    ("Chad accepted a Qatari proposal for a ceasefire with the rebels.", "AGREE", "TCD", "QAT"),
    ("The Greek premier accepted an invitation from Turkey to visit Ankara.", "AGREE", "GRC", "TUR"),
    ("Bahrain took up Saudi Arabia's offer of a loan.", "AGREE", "BHR", "SAU"),
    ("Mozambique accepted a Rwandan offer of troops.", "AGREE", "MOZ", "RWA"),
    ("Mali's interim government accepted the mediation of Algeria.", "AGREE", "MLI", "DZA"),
    ("Mongolia accepted Japan's proposal to hold joint exercises.", "AGREE", "MNG", "JPN"),
    ("Bolivia accepted Brazil's offer to send firefighting planes.", "AGREE", "BOL", "BRA"),
    ("China approved a deal with the Solomon Islands on policing.", "AGREE", "CHN", "SLB"),
    ("The Israeli cabinet approved a prisoner exchange deal with Hamas.", "AGREE", "ISR", "PSE"),
    ("Hungary gave the green light to Sweden's NATO membership.", "AGREE", "HUN", "SWE"),
    ("Iran accepted the UN resolution ending the war with Iraq.", "AGREE", "IRN", None),
    ("Belarus signed up to the Russian proposal.", "AGREE", "BLR", "RUS"),
    # a decision to cooperate, told before the act
    ("Senegal has decided to reopen its border with Gambia.", "AGREE", "SEN", "GMB"),
    # wire forms: datelines, reported speech, "in principle", passive accords, go-ahead, keeping to a deal
    ("ROME (Reuters) - Slovakia and Hungary agreed on Tuesday to speed up work on a gas link, officials said.", "AGREE", "SVK", "HUN"),
    ("Malaysia has agreed in principle to extradite the suspect to Thailand, the attorney general said.", "AGREE", "MYS", "THA"),
    ("The border accord, agreed by Peru and Ecuador in 1998, ended decades of hostility.", "AGREE", "PER", "ECU"),
    ("An agreement between Eritrea and Djibouti was reached late on Sunday.", "AGREE", "ERI", "DJI"),
    ("Laos accepted Vietnam's offer to build a second bridge over the Mekong.", "AGREE", "LAO", "VNM"),
    ("Fiji and Tonga agreed to set up a joint fisheries commission.", "AGREE", "FJI", "TON"),
    ("Finland gave the go-ahead for the export of patrol boats to Estonia.", "AGREE", "FIN", None),
    ("Norway gave the go-ahead to Iceland's request for a fishing licence.", "AGREE", "NOR", "ISL"),
    ("The Malian government said on Monday it would abide by the peace accord.", "AGREE", "MLI", None),
    ("Georgia is abiding by the truce agreement with Abkhazia, the mediator said.", "AGREE", "GEO", None),
    ("Somalia said it would comply with the maritime treaty.", "AGREE", "SOM", None),
    # consent won from a party; joint pledges to build ties
    ("Slovakia won Poland's agreement to extend the pipeline.", "AGREE", "POL", "SVK"),
    ("Albania secured the consent of Greece to reopen the border post.", "AGREE", "GRC", "ALB"),
    ("Uruguay and Paraguay pledged to build closer ties.", "AGREE", "URY", "PRY"),
    ("Mongolia and Kazakhstan vowed to strengthen relations.", "AGREE", "MNG", "KAZ"),
    ("A hostage swap was agreed between Sanaa and Riyadh on Thursday.", "AGREE", "YEM", "SAU"),
    ("Kenya declared its interest in joining the East African force.", "AGREE", "KEN", None),
    ("Hungary expressed interest in buying Russian gas.", "AGREE", "HUN", None),
]

CONCEDE_CASES = [
    ("The Thai government lifted the ban on political gatherings.", "CONCEDE", "THA", None),
    ("Cuba eased restrictions on private businesses.", "CONCEDE", "CUB", None),
    ("The Ukrainian government reversed its ban on opposition broadcasters.", "CONCEDE", "UKR", "UKR"),
    ("Faced with mass protests, the Serbian government withdrew the mining law.", "CONCEDE", "SRB", None),
    ("The Sri Lankan government caved in to Chinese demands.", "CONCEDE", "LKA", "CHN"),
    ("Armenia conceded to Azerbaijan's demands and handed back three districts.", "CONCEDE", "ARM", "AZE"),
    ("The Kosovo government yielded to EU pressure and postponed the police operation.", "CONCEDE", "XKX", None),
    ("Malaysia agreed to Singapore's request to extend the water deal.", "CONCEDE", "MYS", "SGP"),
    ("Pakistan agreed to Afghanistan's request to reopen the border crossing.", "CONCEDE", "PAK", "AFG"),
    ("Algeria granted amnesty to Islamist fighters who surrendered.", "CONCEDE", "DZA", None),
    ("The Bangladeshi prime minister resigned and fled the country.", "CONCEDE", "BGD", None),
    ("Peru's president stepped down amid mass protests.", "CONCEDE", "PER", None),
    ("Kyrgyzstan's president resigned after days of unrest.", "CONCEDE", "KGZ", None),
    ("The Lebanese cabinet backed down on the WhatsApp tax.", "CONCEDE", "LBN", None),
    ("The Chilean government dropped its plan to raise metro fares.", "CONCEDE", "CHL", None),
    ("Kazakhstan reversed its decision to raise fuel prices after riots.", "CONCEDE", "KAZ", None),
    ("The Iranian government backtracked on fuel price hikes.", "CONCEDE", "IRN", None),
    ("Under pressure from Washington, Seoul dropped its demand for compensation.", "CONCEDE", "KOR", None),
    ("Under pressure from Beijing, Nepal gave up its claim to the disputed pass.", "CONCEDE", "NPL", None),
    ("The Malian junta relented and agreed to a shorter transition.", "CONCEDE", "MLI", None),
    ("The Ugandan authorities restored internet access after five days.", "CONCEDE", "UGA", None),
    ("The authorities in Tehran unblocked Instagram.", "CONCEDE", "IRN", None),
    ("Egypt lifted the state of emergency it had imposed in 2017.", "CONCEDE", "EGY", None),
    ("Serbia's government called snap elections after weeks of protests.", "CONCEDE", "SRB", None),
    ("Kenya's opposition leader accepted the election result.", "CONCEDE", "KEN", None),
    # a veto or objection lifted (CAMEO 083)
    ("Turkey lifted its veto on Finland's NATO bid.", "CONCEDE", "TUR", "FIN"),
    ("Hungary removed its objections to Ukraine's membership talks.", "CONCEDE", "HUN", "UKR"),
    # political activity allowed (CAMEO 0811-0812)
    ("The Egyptian authorities allowed the opposition party to register.", "CONCEDE", "EGY", "EGY"),
    ("The Myanmar junta pardoned 6,000 prisoners.", "CONCEDE", "MMR", "MMR"),
    ("Thailand's prime minister dissolved parliament and called early elections.", "CONCEDE", "THA", None),
    ("Spain granted autonomy to Catalonia in 1979.", "CONCEDE", "ESP", None),
    ("Chile's foreign minister tendered his resignation to the president.", "CONCEDE", "CHL", None),
    ("India restored the special status of Kashmir.", "CONCEDE", "IND", None),
]

RETREAT_CASES = [
    # releases
    ("The Venezuelan authorities released six jailed American oil executives.", "RETREAT", "VEN", "USA"),
    ("Russia freed two jailed American journalists.", "RETREAT", "RUS", "USA"),
    ("Russia frees US basketball star in prisoner swap", "RETREAT", "RUS", "USA"),
    ("Iran frees French tourist", "RETREAT", "IRN", "FRA"),
    ("Mali's junta released the detained Ivorian soldiers.", "RETREAT", "MLI", "CIV"),
    ("Hamas freed four Israeli hostages on Saturday.", "RETREAT", "PSE", "ISR"),
    ("Israel released 300 Palestinian prisoners in exchange for the hostages.", "RETREAT", "ISR", "PSE"),
    ("The Iranian authorities freed the French researcher on humanitarian grounds.", "RETREAT", "IRN", "FRA"),
    ("The detained Canadian was released on bail by a Chinese court.", "RETREAT", "CHN", "CAN"),
    ("The Turkish court released the German journalist pending trial.", "RETREAT", "TUR", "DEU"),
    ("The Taliban freed two American prisoners in exchange for an Afghan drug lord.", "RETREAT", "AFG", "USA"),
    ("Belarus pardoned and freed a jailed Lithuanian activist.", "RETREAT", "BLR", "LTU"),
    ("Ukraine and Russia exchanged 200 prisoners.", "RETREAT", "UKR", "RUS"),
    # returns and handovers
    ("North Korea handed over the remains of US soldiers to Washington.", "RETREAT", "PRK", "USA"),
    ("Moscow returned three Ukrainian naval vessels to Kyiv.", "RETREAT", "RUS", "UKR"),
    ("Turkey returned the captured fighters to Germany.", "RETREAT", "TUR", "DEU"),
    ("The Philippines returned the seized Chinese fishing boat.", "RETREAT", "PHL", "CHN"),
    ("The Armenian government ceded four villages to Azerbaijan.", "RETREAT", "ARM", "AZE"),
    ("Moscow handed back control of the nuclear plant to Ukraine.", "RETREAT", "RUS", "UKR"),
    # withdrawals
    ("Rwanda withdrew its forces from eastern Congo.", "RETREAT", "RWA", "COD"),
    ("Uganda withdrew its troops from Somalia after 16 years.", "RETREAT", "UGA", "SOM"),
    ("Serbia withdrew its troops from the boundary with Kosovo.", "RETREAT", "SRB", "XKX"),
    ("The last French soldiers left Mali on Monday.", "RETREAT", "FRA", "MLI"),
    ("The United States completed its withdrawal from Afghanistan.", "RETREAT", "USA", "AFG"),
    ("Israel pulled its troops out of the Gaza Strip.", "RETREAT", "ISR", None),
    ("Eritrean troops pulled out of Tigray.", "RETREAT", "ERI", None),
    ("Russia has begun pulling its forces out of the area around Kyiv.", "RETREAT", "RUS", None),
    ("Ukrainian forces retreated from the eastern town of Avdiivka.", "RETREAT", "UKR", None),
    ("Russian forces vacated the Zaporizhzhia nuclear plant.", "RETREAT", "RUS", None),
    ("Hezbollah fighters withdrew from the border area.", "RETREAT", "LBN", None),
    ("Syria evacuated its soldiers from the besieged air base.", "RETREAT", "SYR", None),
    ("The Indian army completed its pullback from the Galwan valley.", "RETREAT", "IND", None),
    ("The rebels surrendered to government forces in Aleppo.", "RETREAT", "SYR", None),
    ("Azerbaijani forces pulled back from positions near the border with Armenia.", "RETREAT", "AZE", None),
    # truces, halts
    ("The Houthis declared a unilateral truce.", "RETREAT", "YEM", None),
    ("Colombia's ELN rebels declared a ceasefire for the holidays.", "RETREAT", "COL", None),
    ("The Turkish army ended its operation against Kurdish militants in Iraq.", "RETREAT", "TUR", "IRQ"),
    # sanctions, trade bans, assets
    ("China lifted its ban on Japanese seafood imports.", "RETREAT", "CHN", "JPN"),
    ("China lifts curbs on Australian wine", "RETREAT", "CHN", "AUS"),
    ("China lifted the restrictions on imports of Taiwanese pineapples.", "RETREAT", "CHN", "TWN"),
    ("Washington eased sanctions on Venezuela's oil sector.", "RETREAT", "USA", "VEN"),
    ("Japan unfroze Iranian assets held in its banks.", "RETREAT", "JPN", "IRN"),
    # blockades, borders, access
    ("Israel eased its blockade of Gaza.", "RETREAT", "ISR", "PSE"),
    ("Pakistan reopened the Torkham border crossing with Afghanistan.", "RETREAT", "PAK", "AFG"),
    ("Syria reopened the border with Jordan.", "RETREAT", "SYR", "JOR"),
    ("Egypt opened the Rafah crossing to allow aid into Gaza.", "RETREAT", "EGY", "PSE"),
    ("Kuwait allowed Iraqi airlines to resume flights to Kuwait City.", "RETREAT", "KWT", "IRQ"),
    ("Israel allowed 50 aid trucks to enter Gaza.", "RETREAT", "ISR", "PSE"),
    ("Iran allowed UN inspectors to visit the Natanz site.", "RETREAT", "IRN", None),
    ("Britain cut the number of soldiers in Basra by half.", "RETREAT", "GBR", None),
    ("Iran returned the British tanker to its owners.", "RETREAT", "IRN", "GBR"),
    ("Russia returned the disputed island to Japan.", "RETREAT", "RUS", "JPN"),
    ("Russian forces pulled out of Kherson city.", "RETREAT", "RUS", None),
    ("The Colombian rebels handed in 7,000 weapons to UN monitors.", "RETREAT", "COL", None),
    ("Kyiv and Moscow swapped 90 prisoners of war each.", "RETREAT", "UKR", "RUS"),
]

# Material cooperation (CAMEO 06): exercises, patrols, extraditions, intelligence shared.
COOPERATE_CASES = [
    ("Indonesian and Australian marines carried out joint exercises off Darwin.", "COOPERATE", "IDN", "AUS"),
    ("Turkey and Azerbaijan staged joint military drills near the Iranian border.", "COOPERATE", "TUR", "AZE"),
    ("Ghana and Togo launched joint patrols along their border.", "COOPERATE", "GHA", "TGO"),
    ("Jordan shared intelligence with Iraq on Islamic State cells.", "COOPERATE", "JOR", "IRQ"),
    ("Japan resumed the sharing of military intelligence with South Korea.", "COOPERATE", "JPN", "KOR"),
    ("Morocco stepped up the exchange of information with Spain on jihadist networks.", "COOPERATE", "MAR", "ESP"),
    ("Colombia extradited a drug trafficker to the United States on Tuesday.", "COOPERATE", "COL", "USA"),
    ("The Nepalese authorities handed the fugitive to India.", "COOPERATE", "NPL", "IND"),
    ("Ghana hands over suspected coup plotters to Ivory Coast", "COOPERATE", "GHA", "CIV"),
    ("Algerian troops trained Malian soldiers in counter-terrorism tactics.", "COOPERATE", "DZA", "MLI"),
    ("Uzbekistan opened its airspace to US military flights.", "COOPERATE", "UZB", "USA"),
    ("Norway and Russia jointly patrolled the Barents Sea.", "COOPERATE", "NOR", "RUS"),
    ("Canada and Mexico stepped up cooperation on fentanyl trafficking.", "COOPERATE", "CAN", "MEX"),
    ("Turkey is cooperating with Iraqi investigators on the bombing.", "COOPERATE", "TUR", "IRQ"),
]

# Material aid (CAMEO 07): money, goods, arms, protection, asylum, rescue.
AID_CASES = [
    ("Japan sent emergency relief supplies to Turkey after the earthquake.", "AID", "JPN", "TUR"),
    ("China donated one million vaccine doses to Cambodia.", "AID", "CHN", "KHM"),
    ("Saudi Arabia deposited 3 billion dollars in Pakistan's central bank.", "AID", "SAU", "PAK"),
    ("Germany delivered Leopard tanks to Ukraine.", "AID", "DEU", "UKR"),
    ("India airlifted medical supplies to Sri Lanka.", "AID", "IND", "LKA"),
    ("Iran armed the Houthi rebels with missiles and drones.", "AID", "IRN", "YEM"),
    ("Moscow wrote off 90 percent of Cuba's Soviet-era debt.", "AID", "RUS", "CUB"),
    ("France granted asylum to the Russian dissident.", "AID", "FRA", "RUS"),
    ("Washington resumed military aid to Cairo.", "AID", "USA", "EGY"),
    ("Britain's Royal Navy escorted Ukrainian grain ships through the Black Sea.", "AID", "GBR", "UKR"),
    ("The US Navy escorted Saudi oil tankers through the Strait of Hormuz.", "AID", "USA", "SAU"),
    ("The French navy rescued 120 migrants off the Libyan coast.", "AID", "FRA", None),
    ("Brazil granted refugee status to 500 Venezuelans.", "AID", "BRA", "VEN"),
]

CASES = AGREE_CASES + CONCEDE_CASES + RETREAT_CASES + COOPERATE_CASES + AID_CASES

# "The retreat from a position" is a stance given up, unless armed men leave it.
CONCEDE_NOT_RETREAT = [
    ("The opposition retreated from its position on the budget.", "CONCEDE", "RETREAT"),
    ("Russian troops withdrew from their positions on the river bank.", "RETREAT", "CONCEDE"),
]

# No asserted event of the named type: negated, refused, modal, conditional, failed, denied,
# not yet done, or another sense of the word.
NOT_THIS_TYPE = [
    # AGREE
    ("India and China failed to agree on disengagement.", "AGREE"),
    ("Ankara did not agree to the proposal.", "AGREE"),
    ("Serbia denied that it had agreed to recognise Kosovo.", "AGREE"),
    ("Analysts agree that Pakistan's economy is fragile.", "AGREE"),
    ("The two leaders agreed on many things, the minister said.", "AGREE"),
    ("The two sides agreed to disagree on the status of Jerusalem.", "AGREE"),
    ("The actor agreed to a new contract with the studio.", "AGREE"),
    ("The company pledged to cut its carbon emissions.", "AGREE"),
    ("The party promised voters lower taxes.", "AGREE"),
    ("Bolivia promised its voters free healthcare.", "AGREE"),
    ("Rebels vowed to crush the government forces.", "AGREE"),
    ("The president vowed to strangle the new border militia.", "AGREE"),
    ("The plan offers farmers a return to profit.", "AGREE"),
    ("The manifesto offers a return to the policies of the 1990s.", "AGREE"),
    ("Nothing in the pact offers Kiev any security guarantee.", "AGREE"),
    ("The Philippines offered to buy rice from Vietnam.", "AGREE"),
    ("Indonesia plans to send a medical team to Gaza.", "AGREE"),
    ("Two economists agreed about the causes of the downturn.", "AGREE"),
    ("The defence secretary committed to ongoing airstrikes against the militants.", "AGREE"),
    ("Pensioners were offered free bus travel by the opposition party.", "AGREE"),
    ('"I assure you, the army is neutral," the general said.', "AGREE"),
    ("A joint force is proposed for the border region.", "AGREE"),
    ("The prime minister pledged to invest in school sports.", "AGREE"),
    ("Our pledge to voters is simple: with us in office, rents will fall.", "AGREE"),
    # CONCEDE
    ("The minister conceded that the reforms had failed.", "CONCEDE"),
    ("The new law grants citizens the right to protest.", "CONCEDE"),
    ("The draft extends the right of appeal to all defendants.", "CONCEDE"),
    ("The government is considering lifting the curfew.", "CONCEDE"),
    ("Hungary has yet to lift its veto on the aid package.", "CONCEDE"),
    ("Hungary refused to lift its veto on the aid package.", "CONCEDE"),
    ("The rebels rejected an offer of amnesty from the government.", "CONCEDE"),
    ("The minister refused to step down despite the protests.", "CONCEDE"),
    ("The chancellor brought on a free vote in parliament.", "CONCEDE"),
    ("The government did not allow the opposition to campaign.", "CONCEDE"),
    ("The new law allows companies to register online.", "CONCEDE"),
    # RETREAT
    ("Russia refused to free the American journalists.", "RETREAT"),
    ("Iran has not released the tanker.", "RETREAT"),
    ("Algeria will not free the French writer.", "RETREAT"),
    ("Turkey will not withdraw its troops from Cyprus.", "RETREAT"),
    ("Kosovo refused to withdraw its police from the north.", "RETREAT"),
    ("Israel may ease the blockade of Gaza.", "RETREAT"),
    ("If Moscow withdraws its troops, sanctions could be lifted.", "RETREAT"),
    ("Any withdrawal of troops would depend on security conditions.", "RETREAT"),
    ("Talks on a ceasefire between Sudan's army and the RSF collapsed.", "RETREAT"),
    ("Syria denied it had released any prisoners.", "RETREAT"),
    ("The hospital released the injured soldiers.", "RETREAT"),
    ("Apple released a new iPhone.", "RETREAT"),
    ("The band released its new album in March.", "RETREAT"),
    ("The striker was released by the club in June.", "RETREAT"),
    ("Stocks retreated from record highs.", "RETREAT"),
    ("The report was withdrawn from the ministry's website.", "RETREAT"),
    ("The ministry pulled the leaflets from the shelves.", "RETREAT"),
    ("Britain has withdrawn from the EU.", "RETREAT"),
    ("The mayor cut the number of police officers on the streets.", "RETREAT"),
    ("Humanitarian operations have been suspended in the north.", "RETREAT"),
    ("The airline halted flights to Kabul.", "RETREAT"),
    ("The towns were returned to government control last year.", "RETREAT"),
    ("The gunman surrendered to police after a standoff.", "RETREAT"),
    ("There has been a debate about the fate of returning jihadists.", "RETREAT"),
    ("Returning refugees need shelter and food.", "RETREAT"),
    ("The Liberals said they would cut the number of ministries to save money.", "RETREAT"),
    ("Only skilled workers will be allowed into Canada under the new rules.", "RETREAT"),
    ("The new rules allow charities to contact donors by phone.", "RETREAT"),
    ("The Tuareg rebels refused to abide by the peace accord.", "AGREE"),
    ("The ministry said Chad would abide by its obligations under international law.", "AGREE"),
    ("The airline said it would comply with the new safety rules.", "AGREE"),
    ("The goalkeeper said he would abide by the referee's decision.", "AGREE"),
    ("Finland did not give the go-ahead for the export of patrol boats.", "AGREE"),
    ("The convoy went ahead despite the rain.", "AGREE"),
    ("Slovakia and Hungary failed to agree on the gas link.", "AGREE"),
    ("Laos turned down Vietnam's offer to build a bridge.", "AGREE"),
    ("Slovakia failed to win Poland's agreement to extend the pipeline.", "AGREE"),
    ("The construction firm won an agreement to build a stadium.", "AGREE"),
    ("Uruguay and Paraguay did not pledge to build closer ties.", "AGREE"),
    ("No hostage swap was agreed between Sanaa and Riyadh.", "AGREE"),
    ("The title was agreed between the two publishers last year.", "AGREE"),
    # business interest, shared judgements, a party's word to its own side
    ("Two Gulf insurers expressed interest in bidding for the Thai bank.", "AGREE"),
    ("Several oil companies voiced interest in the Libyan licences.", "AGREE"),
    ("Paris and Berlin agreed the junta had shown a pattern of abuse.", "AGREE"),
    ("Macron and Scholz agreed that the strikes posed a threat to Europe.", "AGREE"),
    ("The chancellor assured Parliament that most of the bill concerned tax collection.", "AGREE"),
    ("Ms Okafor, a backbencher since 1997, intends to step aside at the coming polls.", "AGREE"),
    # CONCEDE: a planned retirement, what a law provides
    ("Ms Okafor, a backbencher since 1997, intends to step aside at the coming polls.", "CONCEDE"),
    ("The Malian president will step down at the end of his term, his spokesman said.", "CONCEDE"),
    ("The 1911 act extends the right of the Commons to overrule the Lords.", "CONCEDE"),
    # RETREAT: not yet handed back, people sent home
    ("Iran has not returned the British tanker to its owners.", "RETREAT"),
    ("Turkey returned 500 Syrian refugees to their country.", "RETREAT"),
    # COOPERATE
    ("Russia and Belarus did not stage joint exercises this year.", "COOPERATE"),
    ("Nepal refused to hand the fugitive to India.", "COOPERATE"),
    ("The ministry is very bad at coordinating with anyone, the envoy said.", "COOPERATE"),
    ("The old statute lets householders use reasonable force against burglars.", "COOPERATE"),
    ("The ministry did not resume the sharing of intelligence with Kenya.", "COOPERATE"),
    ("Japan may share intelligence with the Philippines.", "COOPERATE"),
    # AID: party funding, one person's money or consular help, papers passed on, rescues
    # that are no aid, escorts still to come
    ("A hedge fund owner bankrolled the party's poster campaign.", "AID"),
    ("The senator received money from a Qatari businessman, the newspaper said.", "AID"),
    ("The jailed man has received basic assistance from consular officials.", "AID"),
    ("Civil servants give material to ministers every week.", "AID"),
    ("Nigerian soldiers rescued 20 kidnapped schoolgirls.", "AID"),
    ("Firefighters rescued two children from the burning flat.", "AID"),
    ("The navy will escort Greek tankers through the strait next month.", "AID"),
    ("Germany has not delivered the promised tanks to Ukraine.", "AID"),
    # people sent back to an institution, a say given up in a club of states
    ("Police patrols pick up truants and return them to school.", "RETREAT"),
    ("The opposition says the premier is surrendering the national veto.", "RETREAT"),
    # a private job left, a resignation in protest
    ("Mr Okoro has resigned as a partner in an Abuja law firm.", "CONCEDE"),
    ('"I have tendered my resignation as chief executive," he said.', "CONCEDE"),
    ("The chairman of the local branch resigned in protest at the vote.", "CONCEDE"),
    # holdings declared, a loss accepted, a warning vowed, what an outcome affords
    ("Legislators must declare registrable interests before the debate.", "AGREE"),
    ("The film follows two brothers coming to terms with the death of their father.", "AGREE"),
    ("Washington had vowed that any attack on Taiwan would cross a red line.", "AGREE"),
    ("The vote offered the Greens a rare opportunity to enter government.", "AGREE"),
    # scientists at work, an appeal to the public
    ("City officials are cooperating with federal biologists on the salmon plan.", "COOPERATE"),
    ("The family appealed for anyone to provide information on the missing sailor.", "COOPERATE"),
    # readiness denied; refugee status is asylum, no reform
    ("Belgrade has shown little interest in talks with Pristina.", "AGREE"),
    ("Brazil granted refugee status to 500 Venezuelans.", "CONCEDE"),
]

# A promise or offer is an asserted AGREE; what is promised or offered has not happened.
INTENT_NOT_DEED = [
    ("Chile has offered Bolivia access to the sea.", "RETREAT"),
    ("Moscow agreed to withdraw its troops from Moldova.", "RETREAT"),
    ("The pledge by Germany to deliver air defence systems to Ukraine came after weeks of pressure.", "AID"),
    ("Tehran said it would be willing to swap prisoners with Washington.", "RETREAT"),
]


@pytest.mark.parametrize("sentence,event_type,source,target", CASES)
def test_commitment_pattern_codes_type_and_actors(code_text, sentence, event_type, source, target):
    found = coded_triples(code_text, sentence)
    assert (event_type, source, target) in found, found


@pytest.mark.parametrize("sentence,event_type", NOT_THIS_TYPE)
def test_commitment_near_miss_does_not_assert_type(code_text, sentence, event_type):
    found = coded_triples(code_text, sentence)
    assert event_type not in {t for t, _, _ in found}, found


@pytest.mark.parametrize("sentence,event_type", INTENT_NOT_DEED)
def test_promised_act_is_not_asserted(code_text, sentence, event_type):
    events = code_text(sentence, date="2015-06-01")
    assert "AGREE" in {e.event_type for e in events if e.modality == "asserted"}
    assert event_type not in {e.event_type for e in events if e.modality == "asserted"}


@pytest.mark.parametrize("sentence,event_type,not_type", CONCEDE_NOT_RETREAT)
def test_stance_or_position_given_up(code_text, sentence, event_type, not_type):
    found = {t for t, _, _ in coded_triples(code_text, sentence)}
    assert event_type in found and not_type not in found, found
