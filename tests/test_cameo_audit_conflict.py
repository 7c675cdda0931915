"""CAMEO sub-code audit of the conflict types (SANCTION, MOBILIZE, COERCE, ASSAULT).

For every CAMEO code the ontology and the pattern files map to these types -- 15x force
posture (MOBILIZE), 16x reduce relations (SANCTION), 17x coerce (COERCE, with 181 abduction,
184 human shields, 191 blockade and 192 annexation), 18x assault, 19x fight and 20x mass
violence (ASSAULT) -- sentences written for this test in the ways news reports them: simple
past, passive, headline present, nominalisation, light verb, reported speech, apposition and
compound actors.  Each must give an asserted event of the type with the source and target
countries named (ANY: the test does not check that side; None: the text names no country
there).  The near misses must give no asserted event of the type: commercial, sporting,
domestic and metaphorical senses of the same words, and negated, denied, modal or future
reports.  GAPS are known misses of the parser, the actors stage or another type's pattern,
kept here as expected failures so that a fix shows.
"""

from __future__ import annotations

import pytest

from event_triples import asserted_triples

DATE = "2015-06-01"
ANY = "any"

# sentence, type, source country, target country
AUDIT_CODED = [
    # CAMEO 15x-20x, one block per code
    # 150 demonstrate military/police power
    ('Iran staged a large military parade near the Strait of Hormuz on Tuesday.', 'MOBILIZE', 'IRN', None),
    ('North Korean state media said Pyongyang had displayed new long-range missiles at a parade.', 'MOBILIZE', 'PRK', None),
    ('Russian bombers flew over the Baltic Sea near Latvian airspace.', 'MOBILIZE', 'RUS', 'LVA'),
    # 151 police alert
    ('Belgian police were put on maximum alert after the threat.', 'MOBILIZE', 'BEL', None),
    ('Kenya raised the terror alert level in Nairobi ahead of the vote.', 'MOBILIZE', 'KEN', None),
    ('French authorities heightened security at railway stations across Paris.', 'MOBILIZE', 'FRA', None),
    # 152 military alert
    ('Pakistan placed its air force on high alert along the border with India.', 'MOBILIZE', 'PAK', None),
    ("South Korea raised its military readiness level after the North's missile launch.", 'MOBILIZE', 'KOR', None),
    ('Azerbaijan put its troops on combat readiness.', 'MOBILIZE', 'AZE', None),
    ('The Indian army was on high alert in Kashmir on Sunday.', 'MOBILIZE', 'IND', None),
    # 153 mobilize police
    ('Egypt deployed thousands of riot police in central Cairo ahead of the protests.', 'MOBILIZE', 'EGY', None),
    ('Hong Kong drafted in extra police officers to guard government buildings.', 'MOBILIZE', 'HKG', None),
    ('Turkish authorities sent police reinforcements to Diyarbakir.', 'MOBILIZE', 'TUR', None),
    ('Venezuela flooded the streets of Caracas with national guardsmen.', 'MOBILIZE', 'VEN', None),
    # 154 mobilize armed forces
    ('Russia massed tanks and artillery near the Ukrainian border.', 'MOBILIZE', 'RUS', 'UKR'),
    ('The United States dispatched an aircraft carrier to the Persian Gulf.', 'MOBILIZE', 'USA', None),
    ('Britain sent 800 troops to Estonia.', 'MOBILIZE', 'GBR', 'EST'),
    ('Ukraine announced a partial mobilisation of reservists.', 'MOBILIZE', 'UKR', None),
    ('Armenia declared a general mobilization on Sunday.', 'MOBILIZE', 'ARM', None),
    ('Israel called up 40,000 reservists ahead of a possible ground operation in Gaza.', 'MOBILIZE', 'ISR', None),
    ('Poland held military exercises near the Belarusian border.', 'MOBILIZE', 'POL', ANY),
    ('China conducted live-fire drills in the South China Sea.', 'MOBILIZE', 'CHN', None),
    ('Turkey beefed up its military presence on the Syrian frontier.', 'MOBILIZE', 'TUR', 'SYR'),
    ('Saudi Arabia moved armoured vehicles to its border with Yemen.', 'MOBILIZE', 'SAU', 'YEM'),
    ('Moscow reinforced its garrison in Kaliningrad.', 'MOBILIZE', 'RUS', None),
    # 155 cyber forces
    # 161 reduce or break diplomatic relations
    ('Bahrain broke off diplomatic relations with Iran.', 'SANCTION', 'BHR', 'IRN'),
    ('Morocco severed ties with Venezuela on Wednesday.', 'SANCTION', 'MAR', 'VEN'),
    ('Bolivia downgraded its relations with Israel.', 'SANCTION', 'BOL', 'ISR'),
    ('Senegal recalled its ambassador from Qatar.', 'SANCTION', 'SEN', 'QAT'),
    ('Djibouti announced it was cutting diplomatic ties with Iran.', 'SANCTION', 'DJI', 'IRN'),
    ("Sudan's decision to sever relations with Tehran surprised diplomats.", 'SANCTION', 'SDN', 'IRN'),
    ('Canada closed its embassy in Tehran and expelled Iranian diplomats.', 'SANCTION', 'CAN', 'IRN'),
    # 162 reduce or stop material aid
    ('The Netherlands suspended development aid to Burundi.', 'SANCTION', 'NLD', 'BDI'),
    ('Washington cut $300 million in military aid to Pakistan.', 'SANCTION', 'USA', 'PAK'),
    ('The World Bank froze loans to Mozambique after the debt scandal.', 'SANCTION', ANY, 'MOZ'),
    ('Germany halted budget support to Malawi.', 'SANCTION', 'DEU', 'MWI'),
    ('The IMF suspended its lending programme to Ukraine.', 'SANCTION', ANY, 'UKR'),
    # 163 embargo, boycott, sanctions
    ('The United States slapped new sanctions on North Korean banks.', 'SANCTION', 'USA', 'PRK'),
    ('Washington blacklisted five Venezuelan officials.', 'SANCTION', 'USA', 'VEN'),
    ('The Arab League imposed an economic boycott on Israel.', 'SANCTION', ANY, 'ISR'),
    ('Russia banned imports of Turkish fruit and vegetables.', 'SANCTION', 'RUS', 'TUR'),
    ('Ukraine imposed an embargo on Russian goods.', 'SANCTION', 'UKR', 'RUS'),
    ('China imposed tariffs on American soybeans.', 'SANCTION', 'CHN', 'USA'),
    ('Kazakhstan banned exports of wheat to Afghanistan.', 'SANCTION', 'KAZ', 'AFG'),
    ("Japan's sanctions against Pyongyang took effect on Friday.", 'SANCTION', 'JPN', 'PRK'),
    ('The EU extended its economic sanctions against Russia by six months.', 'SANCTION', ANY, 'RUS'),
    ('Australia barred Chinese firm Huawei from its 5G network.', 'SANCTION', 'AUS', 'CHN'),
    # 164 halt negotiations
    ('Pakistan called off talks with India.', 'SANCTION', 'PAK', 'IND'),
    ('The Colombian government suspended peace negotiations with the ELN.', 'SANCTION', 'COL', 'COL'),
    ('Greece walked out of the negotiations with its creditors.', 'SANCTION', 'GRC', None),
    ('Israel broke off negotiations with the Palestinian Authority.', 'SANCTION', 'ISR', 'PSE'),
    # 165 halt mediation
    ('Norway ended its role as mediator between Sri Lanka and the Tamil Tigers.', 'SANCTION', 'NOR', ANY),
    ('Qatar ended its mediation role between Hamas and Fatah.', 'SANCTION', 'QAT', ANY),
    # 166 expel or withdraw
    ('Russia expelled two Estonian diplomats.', 'SANCTION', 'RUS', 'EST'),
    ('Ecuador declared the American ambassador persona non grata.', 'SANCTION', 'ECU', 'USA'),
    ('Eritrea expelled UN peacekeepers from its territory.', 'SANCTION', 'ERI', ANY),
    ('Sudan ordered foreign aid agencies to leave Darfur.', 'SANCTION', 'SDN', ANY),
    ('The Netherlands withdrew its peacekeepers from Mali.', 'SANCTION', 'NLD', 'MLI'),
    # 171 seize property
    ('Iranian forces seized a South Korean tanker in the Gulf.', 'COERCE', 'IRN', 'KOR'),
    ("Argentina nationalised the Spanish oil company's local subsidiary.", 'COERCE', 'ARG', 'ESP'),
    ('Russian authorities confiscated the assets of the Ukrainian businessman.', 'COERCE', 'RUS', 'UKR'),
    ('Israeli troops demolished the homes of two Palestinian attackers.', 'COERCE', 'ISR', 'PSE'),
    # 172 administrative sanctions
    ('Turkey blocked access to Twitter.', 'COERCE', 'TUR', None),
    ("Thailand's junta banned political gatherings of more than five people.", 'COERCE', 'THA', ANY),
    ('Authorities in Uganda shut down the internet on the eve of the election.', 'COERCE', 'UGA', None),
    ('The Egyptian government banned the Muslim Brotherhood.', 'COERCE', 'EGY', 'EGY'),
    ('A Thai court dissolved the main opposition party.', 'COERCE', 'THA', 'THA'),
    ('Sri Lanka imposed a curfew in Kandy after riots.', 'COERCE', 'LKA', None),
    ('Ethiopia declared a state of emergency.', 'COERCE', 'ETH', None),
    ('The Philippine president placed Mindanao under martial law.', 'COERCE', 'PHL', ANY),
    ('Russia stripped the broadcaster of its licence.', 'COERCE', 'RUS', ANY),
    ('Bahrain revoked the citizenship of 72 dissidents.', 'COERCE', 'BHR', 'BHR'),
    # 173 arrest/detain
    ('Saudi authorities arrested a prominent cleric.', 'COERCE', 'SAU', 'SAU'),
    ('Police in Zimbabwe rounded up dozens of opposition activists.', 'COERCE', 'ZWE', 'ZWE'),
    ('Two Canadian citizens were detained in China on spying charges.', 'COERCE', ANY, 'CAN'),
    ("Turkey's detention of an American pastor angered Washington.", 'COERCE', 'TUR', 'USA'),
    ('Myanmar police took the journalists into custody.', 'COERCE', 'MMR', ANY),
    # 174 expel or deport individuals
    ('Malaysia deported 300 Indonesian workers.', 'COERCE', 'MYS', 'IDN'),
    ('Algeria deported hundreds of Nigerien migrants.', 'COERCE', 'DZA', 'NER'),
    # 175 violent repression
    ('Burundian police fired tear gas at opposition supporters in Bujumbura.', 'ASSAULT', 'BDI', 'BDI'),
    ('Security forces in Iraq used live ammunition against protesters.', 'ASSAULT', 'IRQ', 'IRQ'),
    ('Police in Kenya violently dispersed a demonstration in Nairobi.', 'ASSAULT', 'KEN', 'KEN'),
    ('The Chinese army cracked down on protesters in Lhasa.', 'ASSAULT', 'CHN', ANY),
    # 176 cyber
    ('Russian hackers breached the networks of the German parliament.', 'COERCE', 'RUS', 'DEU'),
    ('North Korea launched a cyberattack on South Korean banks.', 'COERCE', 'PRK', 'KOR'),
    # 181 abduct
    ('Boko Haram militants kidnapped 300 schoolgirls in northeastern Nigeria.', 'COERCE', 'NGA', 'NGA'),
    ('Gunmen abducted two Chinese engineers in Pakistan.', 'COERCE', ANY, 'CHN'),
    ('Somali pirates hijacked a Greek cargo ship.', 'COERCE', 'SOM', 'GRC'),
    ('Al-Shabaab took three Kenyan teachers hostage.', 'COERCE', 'SOM', 'KEN'),
    # 182 physical assault, torture, killing
    ('Egyptian police tortured the Italian student to death.', 'ASSAULT', 'EGY', 'ITA'),
    ('Soldiers beat up a Palestinian journalist at a checkpoint.', 'ASSAULT', ANY, 'PSE'),
    ('Indian troops assaulted villagers in Manipur.', 'ASSAULT', 'IND', 'IND'),
    ('The Saudi journalist was murdered inside the consulate in Istanbul.', 'ASSAULT', ANY, 'SAU'),
    # 183 bombing
    ('A suicide bomber blew himself up at a Shiite mosque in Kuwait.', 'ASSAULT', ANY, ANY),
    ('A car bomb exploded outside a police station in Diyarbakir.', 'ASSAULT', ANY, ANY),
    ('Taliban militants planted a roadside bomb that killed six Afghan soldiers.', 'ASSAULT', 'AFG', ANY),
    ('A bomb attack on a Kabul hotel killed 18 people.', 'ASSAULT', ANY, ANY),
    # 184 human shield
    ('Islamic State fighters used civilians as human shields in Mosul.', 'COERCE', ANY, ANY),
    # 185/186 assassinate
    ('Gunmen tried to assassinate the Libyan prime minister.', 'ASSAULT', ANY, 'LBY'),
    ('The Russian opposition leader was assassinated near the Kremlin.', 'ASSAULT', ANY, 'RUS'),
    ('Israeli agents assassinated a Hamas commander in Dubai.', 'ASSAULT', 'ISR', 'PSE'),
    # 190 conventional military force
    ('Saudi-led coalition forces attacked Houthi positions in Yemen.', 'ASSAULT', 'SAU', 'YEM'),
    ('Russia invaded Ukraine.', 'ASSAULT', 'RUS', 'UKR'),
    ('Turkish troops launched a ground operation against Kurdish fighters in Syria.', 'ASSAULT', 'TUR', ANY),
    # 191 blockade
    ('Israel blockaded the Gaza Strip.', 'COERCE', 'ISR', 'PSE'),
    ('Syrian government forces besieged the rebel-held town of Madaya.', 'COERCE', 'SYR', ANY),
    ('Azerbaijani forces cut off the only road linking Armenia to Karabakh.', 'COERCE', 'AZE', ANY),
    # 192 occupy
    ('Islamic State militants captured the Iraqi city of Ramadi.', 'ASSAULT', ANY, 'IRQ'),
    ('Ethiopian troops occupied the border town of Badme.', 'ASSAULT', 'ETH', ANY),
    # 193 small arms
    ('Indian and Pakistani troops exchanged fire across the Line of Control.', 'ASSAULT', 'IND', 'PAK'),
    ('Gunmen opened fire on a bus carrying Coptic Christians in Egypt.', 'ASSAULT', ANY, ANY),
    ('Nigerian troops clashed with Boko Haram fighters.', 'ASSAULT', 'NGA', 'NGA'),
    # 194 artillery
    ('Turkish artillery pounded Kurdish militia positions in northern Syria.', 'ASSAULT', 'TUR', ANY),
    ('North Korea fired artillery shells at a South Korean island.', 'ASSAULT', 'PRK', 'KOR'),
    # 195 aerial weapons
    ('Israeli jets struck targets in the Gaza Strip.', 'ASSAULT', 'ISR', 'PSE'),
    ('An American drone strike killed a Taliban commander in Pakistan.', 'ASSAULT', 'USA', ANY),
    ('French warplanes bombed Islamic State positions in Raqqa.', 'ASSAULT', 'FRA', ANY),
    ('Russia carried out air strikes in Syria.', 'ASSAULT', 'RUS', 'SYR'),
    # 196 violate ceasefire
    ('Ukraine accused separatists of violating the ceasefire.', 'ACCUSE', 'UKR', ANY),
    ('Rebels breached the truce by shelling government positions near Aleppo.', 'ASSAULT', ANY, ANY),
    # 201 mass expulsion, 202 mass killing, 203 ethnic cleansing, 204 WMD
    ("Myanmar's army drove hundreds of thousands of Rohingya out of Rakhine state.", 'ASSAULT', 'MMR', ANY),
    ('Serb forces massacred 8,000 Bosnian Muslims in Srebrenica.', 'ASSAULT', ANY, 'BIH'),
    ('The Syrian government used chemical weapons against civilians in Ghouta.', 'ASSAULT', 'SYR', 'SYR'),
    ('Islamic State committed genocide against the Yazidis.', 'ASSAULT', ANY, ANY),
    # headline, passive, nominal and reported forms
    ('China sends warships to South China Sea', 'MOBILIZE', 'CHN', None),
    ('Thousands of Russian troops were deployed to the Belarusian border on Monday.', 'MOBILIZE', 'RUS', 'BLR'),
    ('The deployment of 3,000 American soldiers to Poland angered Moscow.', 'MOBILIZE', 'USA', 'POL'),
    ('Officials in Seoul said North Korea had moved missile launchers to its east coast.', 'MOBILIZE', 'PRK', None),
    ('Iran unveiled a new ballistic missile at a military parade in Tehran.', 'MOBILIZE', 'IRN', None),
    ("Venezuela's defence minister, Vladimir Padrino, ordered troops to the Colombian border.", 'MOBILIZE', 'VEN', 'COL'),
    ('Russia and Belarus began large-scale military drills on Thursday.', 'MOBILIZE', 'RUS', None),
    ("Israel's military said it was sending reinforcements to the Gaza border.", 'MOBILIZE', 'ISR', 'PSE'),
    ('Georgia put its army on full combat alert.', 'MOBILIZE', 'GEO', None),
    ('Japan scrambled fighter jets to intercept two Russian bombers.', 'MOBILIZE', 'JPN', ANY),
    ('South Korea tests new cruise missile', 'MOBILIZE', 'KOR', None),
    ('India conducted a test of its nuclear-capable Agni missile.', 'MOBILIZE', 'IND', None),
    ('Mexico deployed 6,000 National Guard troops to its southern border.', 'MOBILIZE', 'MEX', ANY),
    ('Nigeria stepped up security in Abuja ahead of the inauguration.', 'MOBILIZE', 'NGA', None),
    ('Tunisia stepped up its military presence along the Libyan border.', 'MOBILIZE', 'TUN', 'LBY'),
    ('Riyadh recalls ambassador from Berlin', 'SANCTION', 'SAU', 'DEU'),
    ("Jordan's expulsion of the Israeli ambassador came after the raid.", 'SANCTION', 'JOR', 'ISR'),
    ('The Gambia severed diplomatic relations with Taiwan.', 'SANCTION', 'GMB', 'TWN'),
    ('Japan imposed export restrictions on South Korea.', 'SANCTION', 'JPN', 'KOR'),
    ('Sanctions were slapped on Iranian oil exports by Washington.', 'SANCTION', ANY, 'IRN'),
    ("The EU froze the assets of Ukraine's former president Viktor Yanukovych.", 'SANCTION', ANY, 'UKR'),
    ('Washington suspended $95 million in aid to Egypt.', 'SANCTION', 'USA', 'EGY'),
    ('The United States halted military assistance to Ukraine.', 'SANCTION', 'USA', 'UKR'),
    ('Indonesia recalled its envoy to Brazil over the execution.', 'SANCTION', 'IDN', 'BRA'),
    ('The Czech Republic expelled 18 Russian embassy staff.', 'SANCTION', 'CZE', 'RUS'),
    ('Latvia declared a Russian diplomat persona non grata.', 'SANCTION', 'LVA', 'RUS'),
    ('Ukraine suspended its participation in peace talks with Moscow.', 'SANCTION', 'UKR', ANY),
    ('Turkey cancelled its contract with Russia.', 'SANCTION', 'TUR', 'RUS'),
    ('Lithuania banned Belarusian trucks from its roads.', 'SANCTION', 'LTU', 'BLR'),
    ('Iran confiscates foreign oil tanker', 'COERCE', 'IRN', None),
    ('Zimbabwean police detained the opposition leader.', 'COERCE', 'ZWE', 'ZWE'),
    ('The arrest of the Chinese executive in Canada infuriated Beijing.', 'COERCE', ANY, 'CHN'),
    ('The Turkish government dismissed and detained thousands of judges.', 'COERCE', 'TUR', 'TUR'),
    ('Beijing said it had detained a Japanese businessman for espionage.', 'COERCE', 'CHN', 'JPN'),
    ('An Australian writer was jailed in China.', 'COERCE', ANY, 'AUS'),
    ('Vietnam sentenced and imprisoned a blogger.', 'COERCE', 'VNM', 'VNM'),
    ('Thailand deported Uighur refugees to China.', 'COERCE', 'THA', ANY),
    ('Kuwait expelled hundreds of Egyptian workers.', 'COERCE', 'KWT', 'EGY'),
    ('The Iranian authorities imposed a curfew on the city of Mashhad.', 'COERCE', 'IRN', ANY),
    ('Kazakhstan declared a state of emergency in Almaty.', 'COERCE', 'KAZ', ANY),
    ("Myanmar's military imposed martial law in parts of Yangon.", 'COERCE', 'MMR', ANY),
    ('Cameroon cut internet access in its English-speaking regions.', 'COERCE', 'CMR', ANY),
    ('Tajikistan banned the Islamic Renaissance Party.', 'COERCE', 'TJK', ANY),
    ('Egypt blocked dozens of news websites.', 'COERCE', 'EGY', ANY),
    ('The Kenyan government closed three television stations.', 'COERCE', 'KEN', ANY),
    ("Chinese hackers broke into the US Office of Personnel Management's networks.", 'COERCE', 'CHN', 'USA'),
    ('Houthi rebels seized the Saudi cargo ship in the Red Sea.', 'COERCE', 'YEM', 'SAU'),
    ('Gunmen kidnapped a Turkish businessman in Libya.', 'COERCE', ANY, 'TUR'),
    ('The Israeli navy intercepted a Gaza-bound aid flotilla.', 'COERCE', 'ISR', ANY),
    ("Russian forces seized control of Crimea's parliament.", 'COERCE', 'RUS', ANY),
    ('A Palestinian was shot dead by Israeli troops in Hebron.', 'ASSAULT', 'ISR', 'PSE'),
    ('Two French journalists were beheaded by militants in Mali.', 'ASSAULT', ANY, 'FRA'),
    ('A suicide bomber killed 40 people at a wedding in Kabul.', 'ASSAULT', ANY, ANY),
    ('Police in Uganda tortured the opposition lawmaker, his lawyer said.', 'ASSAULT', 'UGA', 'UGA'),
    ('The assassination of the Iranian general by a US drone raised tensions.', 'ASSAULT', 'USA', 'IRN'),
    ('Taliban gunmen ambushed a convoy of Afghan police.', 'ASSAULT', 'AFG', 'AFG'),
    ('Militants stormed a hotel in Mogadishu.', 'ASSAULT', ANY, 'SOM'),
    ('A roadside bomb struck a NATO convoy near Kandahar.', 'ASSAULT', ANY, ANY),
    ('Israel pounds Gaza', 'ASSAULT', 'ISR', 'PSE'),
    ('Syrian warplanes struck rebel-held areas of Idlib.', 'ASSAULT', 'SYR', ANY),
    ('The Saudi-led coalition carried out airstrikes on Sanaa.', 'ASSAULT', 'SAU', 'YEM'),
    ('Azerbaijan and Armenia exchanged artillery fire along their border.', 'ASSAULT', 'AZE', 'ARM'),
    ('Pakistani troops opened fire on Indian positions in Kashmir.', 'ASSAULT', 'PAK', 'IND'),
    ('The Sudanese army bombed villages in Darfur.', 'ASSAULT', 'SDN', ANY),
    ('Houthi rebels fired a ballistic missile at Riyadh.', 'ASSAULT', 'YEM', 'SAU'),
    ('Russian-backed separatists violated the ceasefire in eastern Ukraine.', 'ASSAULT', ANY, ANY),
    ('Burmese soldiers massacred Rohingya villagers.', 'ASSAULT', 'MMR', ANY),
    ('Syrian forces used chemical weapons against civilians, the inspectors said.', 'ASSAULT', 'SYR', ANY),
    ('Government forces recaptured the town of Palmyra from Islamic State.', 'ASSAULT', ANY, ANY),
    ('Kenyan troops invaded Somalia in 2011.', 'ASSAULT', 'KEN', 'SOM'),
    ('Heavy fighting broke out between Sudanese and South Sudanese troops.', 'ASSAULT', 'SDN', 'SSD'),
    # deployments near a border: the country whose border it is
    ('Turkey deployed tanks along the Syrian border.', 'MOBILIZE', 'TUR', 'SYR'),
    ('India deployed troops near its border with China.', 'MOBILIZE', 'IND', 'CHN'),
    ('Russia deployed troops near its own border.', 'MOBILIZE', 'RUS', None),
    ('Egypt deployed soldiers near Tahrir Square in Cairo.', 'MOBILIZE', 'EGY', ANY),
    # four-digit codes and more verbs
    # 1621-1623 stop economic, military, humanitarian aid
    ('The Trump administration cut funding to the UN agency for Palestinian refugees.', 'SANCTION', 'USA', ANY),
    ("Britain froze humanitarian assistance to Ethiopia's Tigray region.", 'SANCTION', 'GBR', 'ETH'),
    ('Denmark withheld development assistance from Tanzania over human rights concerns.', 'SANCTION', 'DNK', 'TZA'),
    ('The US halted arms sales to Turkey.', 'SANCTION', 'USA', 'TUR'),
    ('Germany stopped weapons exports to Saudi Arabia.', 'SANCTION', 'DEU', 'SAU'),
    ('The suspension of US aid to Honduras followed the coup.', 'SANCTION', 'USA', 'HND'),
    # 1661-1663 expel peacekeepers, inspectors, aid agencies
    ('North Korea expelled UN nuclear inspectors.', 'SANCTION', 'PRK', ANY),
    ('Burundi ordered the UN human rights office to close.', 'SANCTION', 'BDI', ANY),
    ("Niger's junta expelled the French ambassador.", 'SANCTION', 'NER', 'FRA'),
    ('Mali asked UN peacekeepers to leave the country.', 'SANCTION', 'MLI', ANY),
    ('Pakistan expelled the staff of Save the Children.', 'SANCTION', 'PAK', ANY),
    # 1711/1712 confiscate or destroy property
    ('Venezuela expropriated the assets of the American oil company.', 'COERCE', 'VEN', ANY),
    ('Israeli bulldozers demolished Palestinian homes in East Jerusalem.', 'COERCE', 'ISR', 'PSE'),
    ('Chinese authorities bulldozed a Tibetan Buddhist academy.', 'COERCE', 'CHN', ANY),
    ('Militants torched dozens of houses in the village.', 'COERCE', ANY, ANY),
    # 1721 restrictions on political freedoms, 1722 ban parties or politicians
    ('The Cambodian supreme court dissolved the main opposition party.', 'COERCE', 'KHM', 'KHM'),
    ('Iranian authorities barred the reformist candidate from running in the election.', 'COERCE', 'IRN', ANY),
    ('China censored reports about the outbreak.', 'COERCE', 'CHN', ANY),
    ('Hungary shut down the independent radio station.', 'COERCE', 'HUN', ANY),
    ('Belarus revoked the accreditation of foreign journalists.', 'COERCE', 'BLR', ANY),
    ("Algeria's electoral commission disqualified the former general from the presidential race.", 'COERCE', 'DZA', ANY),
    # 175 violent repression
    ('Zimbabwean soldiers opened fire on opposition protesters in Harare.', 'ASSAULT', 'ZWE', 'ZWE'),
    ('Riot police used water cannon against demonstrators in Minsk.', 'ASSAULT', 'BLR', ANY),
    ('Iranian security forces cracked down on protesters in Tehran.', 'ASSAULT', 'IRN', ANY),
    ('Police beat demonstrators with batons in Kinshasa.', 'ASSAULT', 'COD', ANY),
    # 1821-1823 sexual assault, torture, killing
    ('Soldiers raped dozens of women in the village, the UN said.', 'ASSAULT', ANY, ANY),
    ('The detainees were tortured by Libyan militias, Amnesty said.', 'ASSAULT', 'LBY', ANY),
    ('Saudi Arabia executed a Nigerian man for drug smuggling.', 'ASSAULT', 'SAU', 'NGA'),
    ('A Mexican journalist was murdered in Veracruz.', 'ASSAULT', ANY, 'MEX'),
    # 1831-1834 bombing
    ('A car bomb killed 12 people in Baghdad.', 'ASSAULT', ANY, ANY),
    ('A female suicide bomber attacked a market in Maiduguri.', 'ASSAULT', ANY, ANY),
    ('A roadside bomb killed three Turkish soldiers.', 'ASSAULT', ANY, 'TUR'),
    ('Bombs exploded at a bus station in Nairobi.', 'ASSAULT', ANY, ANY),
    # 1951/1952 precision-guided and drones
    ('A US drone killed the al-Qaeda leader in Yemen.', 'ASSAULT', 'USA', ANY),
    ('Ukraine launched drones at Russian oil refineries.', 'ASSAULT', 'UKR', 'RUS'),
    ('The Israeli air force struck Hezbollah targets in Lebanon.', 'ASSAULT', 'ISR', 'LBN'),
    ('Saudi jets bombed a wedding party in Yemen.', 'ASSAULT', 'SAU', 'YEM'),
    # 190 conventional force, 192 occupy, 193 small arms, 194 artillery
    ('Turkish forces entered northern Syria.', 'ASSAULT', 'TUR', 'SYR'),
    ('Eritrean troops occupied parts of the Tigray region.', 'ASSAULT', 'ERI', ANY),
    ('Rebels overran an army base in eastern Congo.', 'ASSAULT', ANY, ANY),
    ('Russian artillery pounded Ukrainian positions near Bakhmut.', 'ASSAULT', 'RUS', 'UKR'),
    ('Indian police shot dead two militants in Kashmir.', 'ASSAULT', 'IND', ANY),
    ('Gunmen attacked a military checkpoint in northern Burkina Faso.', 'ASSAULT', ANY, ANY),
    ('Somali troops clashed with al-Shabaab fighters near Mogadishu.', 'ASSAULT', 'SOM', ANY),
    # 191 blockade, restrict movement
    ('Israel imposed a naval blockade on Gaza.', 'COERCE', 'ISR', 'PSE'),
    ('Saudi Arabia and its allies blockaded Qatar.', 'COERCE', 'SAU', 'QAT'),
    ('Armenian forces laid siege to the town.', 'COERCE', 'ARM', ANY),
    ('Pakistan closed its border with Afghanistan.', 'COERCE', 'PAK', 'AFG'),
    # 196 ceasefire violations
    ('Israel and Hamas violated the truce within hours.', 'ASSAULT', ANY, ANY),
    ('Armenia accused Azerbaijan of breaking the ceasefire.', 'ACCUSE', 'ARM', 'AZE'),
    # 201/202/203/2041/2042
    ('Janjaweed militiamen drove thousands of villagers from their homes in Darfur.', 'ASSAULT', ANY, ANY),
    ('Rwandan Hutu militias carried out a genocide against the Tutsi.', 'ASSAULT', 'RWA', ANY),
    ("Assad's forces used sarin gas on Khan Sheikhoun.", 'ASSAULT', 'SYR', ANY),
    ('Bosnian Serb forces carried out ethnic cleansing in eastern Bosnia.', 'ASSAULT', ANY, ANY),
    ('The United States dropped an atomic bomb on Hiroshima.', 'ASSAULT', 'USA', 'JPN'),
    # 181 abduct, 184 human shield
    ('Armed men abducted an Italian aid worker in Kenya.', 'COERCE', ANY, 'ITA'),
    ('Abu Sayyaf militants took 21 tourists hostage from a Malaysian resort.', 'COERCE', ANY, ANY),
    ('Hamas fighters used Palestinian civilians as human shields, the Israeli army said.', 'COERCE', ANY, ANY),
    # 173 arrest variants
    ('Egyptian security forces rounded up dozens of Muslim Brotherhood members.', 'COERCE', 'EGY', ANY),
    ('Iran arrested a British-Iranian aid worker at Tehran airport.', 'COERCE', 'IRN', 'GBR'),
    ('Turkish police detained 20 journalists in dawn raids.', 'COERCE', 'TUR', ANY),
    ('Nicaragua jails opposition candidates', 'COERCE', 'NIC', ANY),
    # 174 deport
    ('The United States deported 100 Somali nationals.', 'COERCE', 'USA', 'SOM'),
    ('Israel deported African asylum seekers to Rwanda.', 'COERCE', 'ISR', ANY),
    ('Russia expelled a Moldovan journalist.', 'COERCE', 'RUS', 'MDA'),
    # 176 cyber
    ("Iranian hackers attacked Saudi Aramco's computer networks.", 'COERCE', 'IRN', 'SAU'),
    ("Russia's military intelligence hacked the Democratic National Committee.", 'COERCE', 'RUS', 'USA'),
    # nominalisations, headlines, reported speech, apposition and compound actors
    ("China's detention of two Canadians strained ties with Ottawa.", 'COERCE', 'CHN', 'CAN'),
    ('The shelling of Mariupol by Russian forces killed dozens.', 'ASSAULT', 'RUS', ANY),
    ('The seizure of the British tanker by Iran escalated the crisis.', 'COERCE', 'IRN', 'GBR'),
    ("Iran's seizure of the British tanker escalated the crisis.", 'COERCE', 'IRN', 'GBR'),
    ('The expulsion of 40 Russian diplomats by Germany was announced on Monday.', 'SANCTION', 'DEU', 'RUS'),
    ("Moscow's decision to expel 10 Polish diplomats drew protests from Warsaw.", 'SANCTION', 'RUS', 'POL'),
    ('Police arrest 50 opposition supporters in Cairo', 'COERCE', 'EGY', ANY),
    ('Myanmar junta declares martial law in Yangon', 'COERCE', 'MMR', ANY),
    ('US imposes sanctions on Russian oligarchs', 'SANCTION', 'USA', 'RUS'),
    ('Nigeria deploys troops to Niger Delta', 'MOBILIZE', 'NGA', ANY),
    ('India expels Pakistani diplomat for spying', 'SANCTION', 'IND', 'PAK'),
    ('The Syrian Observatory said government warplanes had bombed a hospital in Aleppo.', 'ASSAULT', ANY, ANY),
    ('Kyiv said Russian troops had shelled the village overnight.', 'ASSAULT', 'RUS', ANY),
    ('Ankara said its forces had killed 20 PKK militants in northern Iraq.', 'ASSAULT', 'TUR', ANY),
    ("The United States and Britain imposed sanctions on Myanmar's generals.", 'SANCTION', 'USA', 'MMR'),
    ('France and Germany suspended arms sales to Turkey.', 'SANCTION', 'FRA', 'TUR'),
    ("Sergei Lavrov, Russia's foreign minister, announced the expulsion of four Dutch diplomats.", 'SANCTION', 'RUS', 'NLD'),
    ('Chinese and Indian troops clashed in the Galwan valley.', 'ASSAULT', 'CHN', 'IND'),
    ('Ethiopian and Eritrean forces fought a war over the border town of Badme.', 'ASSAULT', 'ETH', 'ERI'),
    ('Israeli police arrested the Palestinian governor of Jerusalem, his lawyer said.', 'COERCE', 'ISR', 'PSE'),
    ('The kidnapping of a Chinese engineer by Pakistani militants alarmed Beijing.', 'COERCE', 'PAK', 'CHN'),
    ('The Egyptian army, backed by tanks, stormed the Islamist sit-in in Cairo.', 'ASSAULT', 'EGY', ANY),
    ('Sudanese security forces stormed the protest camp outside the army headquarters.', 'ASSAULT', 'SDN', ANY),
    ('Riot police raided the student sit-in at the university.', 'ASSAULT', ANY, ANY),
    # armed attacks the words-attack blocker must leave alone
    ('Government troops attacked the rebel stronghold.', 'ASSAULT', ANY, ANY),
    ('A Pakistani drone hit a militant hideout in North Waziristan.', 'ASSAULT', ANY, ANY),
    # aid ended, suspended or cut for a named country
    ('The US announced an end to military aid to Uzbekistan.', 'SANCTION', 'USA', 'UZB'),
    ('Germany announced the suspension of development aid to Niger.', 'SANCTION', 'DEU', 'NER'),
    ('The United States suspended military aid to Egypt.', 'SANCTION', 'USA', 'EGY'),
    # more verbs of force posture, sanctions, coercion and attack
    ("Russia has amassed more than 100,000 troops on Ukraine's border.", 'MOBILIZE', 'RUS', 'UKR'),
    ('The army was deployed to quell the unrest in Almaty.', 'MOBILIZE', ANY, ANY),
    ('India sent an additional 10,000 paramilitary troops to Kashmir.', 'MOBILIZE', 'IND', ANY),
    ('China held large-scale naval exercises around Taiwan.', 'MOBILIZE', 'CHN', ANY),
    ('The US Navy sailed a destroyer through the Taiwan Strait.', 'MOBILIZE', 'USA', ANY),
    ('North Korea conducted its sixth nuclear test.', 'MOBILIZE', 'PRK', None),
    ('Iran test-fired a ballistic missile.', 'MOBILIZE', 'IRN', None),
    ('Heavily armed police patrolled the streets of Paris.', 'MOBILIZE', ANY, ANY),
    ('Security was tightened around the Nigerian parliament.', 'MOBILIZE', ANY, ANY),
    ("Egypt's military mobilised its forces along the Libyan border.", 'MOBILIZE', 'EGY', ANY),
    ('Lithuania placed its armed forces on heightened readiness.', 'MOBILIZE', 'LTU', None),
    ('The Philippines dispatched coast guard vessels to Scarborough Shoal.', 'MOBILIZE', 'PHL', ANY),
    ('Moscow staged snap military exercises near the Baltic states.', 'MOBILIZE', 'RUS', ANY),
    ('Israel massed troops on the Gaza border.', 'MOBILIZE', 'ISR', ANY),
    ('Washington imposed visa restrictions on Nigerian officials.', 'SANCTION', 'USA', 'NGA'),
    ('Beijing suspended imports of Australian beef.', 'SANCTION', 'CHN', 'AUS'),
    ('Saudi Arabia froze new trade with Canada.', 'SANCTION', 'SAU', 'CAN'),
    ("The EU blacklisted Hezbollah's military wing.", 'SANCTION', ANY, 'LBN'),
    ('Ukraine broke off diplomatic ties with Russia.', 'SANCTION', 'UKR', 'RUS'),
    ('Turkey recalled its envoy from Vienna for consultations.', 'SANCTION', 'TUR', 'AUT'),
    ('The UN Security Council imposed an arms embargo on South Sudan.', 'SANCTION', ANY, 'SSD'),
    ('Britain suspended trade talks with Thailand after the coup.', 'SANCTION', 'GBR', 'THA'),
    ('Gazprom halted gas supplies to Poland.', 'SANCTION', 'RUS', 'POL'),
    ('The government placed the opposition leader under house arrest.', 'COERCE', ANY, ANY),
    ('Hong Kong police arrested 53 pro-democracy activists.', 'COERCE', 'HKG', ANY),
    ('The junta suspended the constitution.', 'COERCE', ANY, ANY),
    ('Uganda blocked social media during the election.', 'COERCE', 'UGA', ANY),
    ('Egyptian police raided the offices of an independent news site.', 'COERCE', 'EGY', ANY),
    ('Somali pirates seized an oil tanker off the coast.', 'COERCE', 'SOM', ANY),
    ('Chinese police confiscated the passports of Tibetan monks.', 'COERCE', 'CHN', ANY),
    ('Militants fired rockets into southern Israel.', 'ASSAULT', ANY, 'ISR'),
    ('Two car bombs went off in Damascus.', 'ASSAULT', ANY, ANY),
    ('Gunmen shot and killed a police officer in Quetta.', 'ASSAULT', ANY, ANY),
    ('Assailants hacked a secular blogger to death in Dhaka.', 'ASSAULT', ANY, ANY),
    ('A grenade attack on an opposition rally killed two people.', 'ASSAULT', ANY, ANY),
    ('Russian jets pounded Aleppo.', 'ASSAULT', 'RUS', 'SYR'),
    ('Boko Haram fighters overran an army barracks near Maiduguri.', 'ASSAULT', 'NGA', ANY),
    ('Government forces killed 30 protesters in Khartoum.', 'ASSAULT', ANY, ANY),
    ('Fighting raged in Tripoli on Sunday.', 'ASSAULT', ANY, ANY),
    ('Chinese coast guard ships patrolled near the Senkaku islands.', 'MOBILIZE', 'CHN', ANY),
    ('Moscow banned Georgian wine.', 'SANCTION', 'RUS', 'GEO'),
    ('China halted imports of Australian barley.', 'SANCTION', 'CHN', 'AUS'),
    ('The United States pulled its ambassador from Moscow.', 'SANCTION', 'USA', 'RUS'),
    ('The US Treasury designated three Iranian firms for sanctions.', 'SANCTION', 'USA', 'IRN'),
    ('US special forces raided an Islamic State hideout in Syria.', 'ASSAULT', 'USA', ANY),
    ('Israeli commandos raided a Hamas base in Gaza.', 'ASSAULT', 'ISR', ANY),
    ('Nigerian police raided the home of the opposition senator.', 'COERCE', 'NGA', ANY),
    ('Indian authorities banned 59 Chinese apps.', 'SANCTION', 'IND', 'CHN'),
    ('The US Commerce Department blacklisted Huawei.', 'SANCTION', 'USA', ANY),
    ('Washington barred Chinese telecom firms.', 'SANCTION', 'USA', 'CHN'),
]

# sentence, types that must not be asserted
AUDIT_NOT_CODED = [
    ('The club drafted in a new goalkeeper on loan.', {'MOBILIZE'}),
    ('Farmers flooded the market with cheap potatoes.', {'MOBILIZE'}),
    ('Shoppers flooded the streets of London with bags.', {'MOBILIZE'}),
    ('The company moved its equipment to a new factory near the airport.', {'MOBILIZE'}),
    ('The charity sent vehicles and equipment to the border to help refugees.', {'MOBILIZE'}),
    ('Russia will not move troops to the Ukrainian border, the Kremlin said.', {'MOBILIZE'}),
    ('Turkey denied that it had deployed tanks along the Syrian border.', {'MOBILIZE'}),
    ('The bank halted its support for the bond market.', {'SANCTION'}),
    ("Parliament's largest party withdrew its support for the prime minister.", {'SANCTION'}),
    ('Germany may halt budget support to Malawi if the reforms stall.', {'SANCTION'}),
    ('The league barred the club from the transfer market.', {'SANCTION'}),
    ('Britain has not barred Huawei from its 5G network.', {'SANCTION'}),
    ('Funding was reduced again in April, officials said.', {'SANCTION'}),
    ('Norway said it would end its mediation role if the fighting continued.', {'SANCTION'}),
    ('The football federation stripped the club of its licence.', {'COERCE'}),
    ('Russia threatened to strip the broadcaster of its licence.', {'COERCE'}),
    ('The airline moved hundreds of passengers to another flight.', {'COERCE'}),
    ('Algeria denied that it had deported hundreds of migrants.', {'COERCE'}),
    ('Floods cut off the main road to the village.', {'COERCE'}),
    ('Protesters blocked the road to the airport.', {'COERCE'}),
    ('The army reopened the road linking the two towns.', {'COERCE'}),
    ('The boys were abducted by their father and taken abroad.', {'COERCE'}),
    ('The opposition leader attacked the minister over his remarks on immigration.', {'ASSAULT'}),
    ('The company launched an operation against counterfeit goods.', {'ASSAULT'}),
    ('Police launched an operation against tax evasion.', {'ASSAULT'}),
    ('The army will launch a ground operation if talks fail.', {'ASSAULT'}),
    ('Surgeons carried out a ground-breaking operation on the boy.', {'ASSAULT'}),
    ('The minister announced a land reform operation in the north.', {'ASSAULT'}),
    ('Turkey has not launched a ground operation in Syria.', {'ASSAULT'}),
    ('Students occupied the university library for three days.', {'ASSAULT'}),
    ('Protesters occupied the main square in Kyiv.', {'ASSAULT'}),
    ('The firm withdrew its funding from the project.', {'SANCTION'}),
    ('The developer demolished the old college to build flats.', {'COERCE'}),
    ('A fire destroyed the monastery in 2010.', {'COERCE'}),
    ('The kidnapping of the heiress was the subject of a new film.', {'COERCE'}),
    ('He was convicted of the kidnapping of a businessman.', {'COERCE'}),
    ('Fans stormed the pitch after the match.', {'ASSAULT'}),
    ('The rally was stormed by supporters of the winning candidate who wanted to celebrate.', {'ASSAULT'}),
    ("The newspaper's editorial attacked the prime minister.", {'ASSAULT'}),
    ('The EU agreed to end export subsidies for farmers.', {'SANCTION'}),
    ('The bullet hit the end of the missile.', {'SANCTION'}),
    ('France cut farm subsidies in its budget.', {'SANCTION'}),
    ('Cruise ships sailed into the harbour of Venice.', {'MOBILIZE'}),
    ('Fishing boats patrolled near the reef.', {'MOBILIZE'}),
    ('Saudi Arabia banned alcohol in its airports.', {'SANCTION'}),
    ('The EU banned the pesticide on Tuesday.', {'SANCTION'}),
    ('The company pulled its advert from the magazine.', {'SANCTION'}),
    ('Police raided a drugs den in Leeds.', {'ASSAULT'}),
    ('The committee designated the site for housing.', {'SANCTION'}),
    ('Italian cruise ships entered Chinese waters for the first time.', {'MOBILIZE'}),
    ('Smugglers sent hundreds of migrants across the sea in flimsy boats.', {'COERCE'}),
    ('The factory sent hundreds of workers home after the blast.', {'COERCE'}),
    ('Floods forced thousands of farmers to leave their villages.', {'COERCE'}),
    ('The firm forced dozens of workers to take unpaid leave.', {'COERCE'}),
    ('Twitter blocked the user from its network.', {'SANCTION'}),
    ('The regulator barred the bank from the bond market.', {'SANCTION'}),
    ('Hackers targeted Ukrainian banks for ransom.', {'SANCTION'}),
    ('The union named three workers for the award.', {'SANCTION'}),
    ('Police cut off the road for the marathon.', {'COERCE'}),
]

# Known misses of the parser, the actors stage or the engine (expected to fail until fixed)
GAPS = [
    pytest.param('Chinese warplanes flew close to the Taiwanese coast in a show of force, Taipei said.', 'MOBILIZE', 'CHN', 'TWN',
                 marks=pytest.mark.xfail(reason="'close to' is an adverb with its own 'to': no pattern role reads the coast")),
    pytest.param('Russia annexed Crimea.', 'COERCE', 'RUS', 'UKR',
                 marks=pytest.mark.xfail(reason='Crimea is no place the actors stage knows, so the annexed place names no country')),
    pytest.param('Ukrainian forces shelled rebel-held Donetsk.', 'ASSAULT', 'UKR', 'UKR',
                 marks=pytest.mark.xfail(reason='Donetsk is no place the actors stage knows')),
    pytest.param('Pakistan scrambled fighter jets.', 'MOBILIZE', 'PAK', None,
                 marks=pytest.mark.xfail(reason="the small parser reads 'scrambled' as an adjective of 'jets'")),
    pytest.param('Egypt said it had suspended all flights to Libya.', 'SANCTION', 'EGY', 'LBY',
                 marks=pytest.mark.xfail(reason='a pronoun subject is no state for suspend-flights; RETREAT/halt-offensive takes it')),
    pytest.param('China sends warships to disputed islands', 'MOBILIZE', 'CHN', None,
                 marks=pytest.mark.xfail(reason="the parser reads 'to disputed' as an infinitive; AID/give-weapons takes the warships")),
    pytest.param('Turkey shells Kurdish positions in Syria', 'ASSAULT', 'TUR', ANY,
                 marks=pytest.mark.xfail(reason="the headline parse loses the subject of 'shells'")),
    pytest.param('Qatar withdrew from its mediation role between Hamas and Fatah.', 'SANCTION', 'QAT', ANY,
                 marks=pytest.mark.xfail(reason="a noun after 'withdrew from' has no light verb; RETREAT/withdraw-from takes it")),
]

GAPS_NOT_CODED = [
    pytest.param('A Conservative advert attacking the Labour leader was withdrawn on Friday.', {'ASSAULT'},
                 marks=pytest.mark.xfail(reason="a pattern's subject list does not read the noun a participle modifies")),
    pytest.param('The opposition leader attacked the minister for failing to cut taxes.', {'ASSAULT'},
                 marks=pytest.mark.xfail(reason="a preposition's object list does not read a gerund (pcomp)")),
]


def _matches(found, etype, source, target):
    return any(t == etype and source in (ANY, s) and target in (ANY, g) for t, s, g in found)


@pytest.mark.parametrize("sentence,etype,source,target", AUDIT_CODED + GAPS)
def test_cameo_audit_conflict_codes(code_text, sentence, etype, source, target):
    found = asserted_triples(code_text(sentence, date=DATE))
    assert _matches(found, etype, source, target), found


@pytest.mark.parametrize("sentence,forbidden", AUDIT_NOT_CODED + GAPS_NOT_CODED)
def test_cameo_audit_conflict_near_miss(code_text, sentence, forbidden):
    events = code_text(sentence, date=DATE)
    coded = {e.event_type for e in events if e.modality == "asserted"}
    assert not coded & forbidden, asserted_triples(events)
