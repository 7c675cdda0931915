"""Intent, appeal and consultation patterns (AGREE, REQUEST, CONSULT) on the many ways news
English says them: reported speech ("said it was prepared to"), light verbs and nouns ("made
an offer to", "held a phone conversation with", "paid a visit to"), passives ("was urged by"),
adjectives ("is ready/willing/open to"), plans and wishes ("intends to", "wants to mend
ties"), 'accept' with an infinitive, contacts, audiences, 'tell X to', calls faced.

Every sentence was written for this file from general knowledge of news English and the CAMEO
categories 02/10 (appeal, demand), 03 (express intent to cooperate) and 04 (consult); none
comes from an evaluation file or the unlabelled news.  A positive case names an asserted
(type, source country, target country) the full pipeline must produce; a negative case must
produce no asserted event of the named type (negation, modals, wishes about others, look-alike
senses).
"""

from __future__ import annotations

import pytest

from event_triples import PATTERN_TEST_DATE, asserted_triples, coded_triples


AGREE_CASES = [
    ('Thailand said it was prepared to send peacekeepers to South Sudan.', 'AGREE', 'THA', 'SSD'),
    ('The Kenyan foreign minister told his Somali counterpart that Nairobi would help train the Somali army.', 'AGREE', 'KEN', 'SOM'),
    ('Indonesia stands ready to mediate between Thailand and Cambodia.', 'AGREE', 'IDN', 'THA'),
    ('Japan expressed readiness to provide loans to Sri Lanka.', 'AGREE', 'JPN', 'LKA'),
    ('Poland offered its airspace to NATO for the exercise.', 'AGREE', 'POL', None),
    ('Qatar has offered Lebanon financial help to rebuild the port.', 'AGREE', 'QAT', 'LBN'),
    ('Norway pledged 30 million dollars in humanitarian aid to Yemen.', 'AGREE', 'NOR', 'YEM'),
    ('Germany has promised Kiev more air defence systems.', 'AGREE', 'DEU', 'UKR'),
    ('Turkey vowed to keep its border with Syria open to refugees.', 'AGREE', 'TUR', 'SYR'),
    ('Seoul said it would resume food aid to North Korea.', 'AGREE', 'KOR', 'PRK'),
    ('Angola said it would free the detained Congolese soldiers.', 'AGREE', 'AGO', 'COD'),
    ('The rebels said they would observe a unilateral truce during the holiday.', 'AGREE', None, None),
    ('Beijing signalled its willingness to hold talks with Taipei.', 'AGREE', 'CHN', 'TWN'),
    ('The Sudanese army announced it would observe a 72-hour ceasefire.', 'AGREE', 'SDN', None),
    ('Armenia declared its readiness to sign a peace treaty with Azerbaijan.', 'AGREE', 'ARM', 'AZE'),
    ('India assured Bangladesh that it would share river water data.', 'AGREE', 'IND', 'BGD'),
    ('Vietnam promised the Philippines that it would settle the fishing dispute peacefully.', 'AGREE', 'VNM', 'PHL'),
    ("Nigeria's president promised to cooperate with Cameroon against Boko Haram.", 'AGREE', 'NGA', 'CMR'),
    ('Sri Lanka accepted an Indian offer of help after the floods.', 'AGREE', 'LKA', 'IND'),
    ('Iran accepted a Swiss proposal to exchange prisoners with the United States.', 'AGREE', 'IRN', 'CHE'),
    ("The Afghan government accepted Pakistan's invitation for talks.", 'AGREE', 'AFG', 'PAK'),
    ('Israel and Hamas accepted an Egyptian truce proposal.', 'AGREE', 'ISR', 'EGY'),
    ('Bolivia offered to supply natural gas to Paraguay.', 'AGREE', 'BOL', 'PRY'),
    ('Kazakhstan offered its good offices to Russia and Ukraine.', 'AGREE', 'KAZ', 'RUS'),
    ("Cuba's leader said Havana was willing to restore relations with Washington.", 'AGREE', 'CUB', 'USA'),
    ('Tanzania and Malawi agreed to set up a joint commission on their lake border.', 'AGREE', 'TZA', 'MWI'),
    ('Egypt reached agreement with the IMF on a 12 billion dollar loan.', 'AGREE', 'EGY', None),
    ('The Philippines and China agreed to handle the maritime dispute through talks.', 'AGREE', 'PHL', 'CHN'),
    ('France said it was ready to supply arms to the Kurdish fighters.', 'AGREE', 'FRA', None),
    ('Senegal offered asylum to the former Gambian president.', 'AGREE', 'SEN', 'GMB'),
    ('Argentina and Britain agreed to resume flights to the Falklands.', 'AGREE', 'ARG', 'GBR'),
    ('Australia promised additional funding to Papua New Guinea.', 'AGREE', 'AUS', 'PNG'),
    ('Kuwait offered to broker a deal between Qatar and its Gulf neighbours.', 'AGREE', 'KWT', 'QAT'),
    ('Pakistan agreed to a prisoner swap with India.', 'AGREE', 'PAK', 'IND'),
    ('Uganda said it would withdraw its troops from South Sudan.', 'AGREE', 'UGA', 'SSD'),
    ('Canada said it would lift its visa requirement for Mexicans.', 'AGREE', 'CAN', 'MEX'),
    ('The Georgian government promised to release the Russian soldiers.', 'AGREE', 'GEO', 'RUS'),
    ('Iraq pledged to protect foreign embassies in Baghdad.', 'AGREE', 'IRQ', None),
    ('Egypt has accepted to host the next round of negotiations.', 'AGREE', 'EGY', None),
    ('Nepal gave its consent to the Indian plan for a new dam.', 'AGREE', 'NPL', 'IND'),
    ('The Bolivian government gave the green light to a Chilean proposal for talks.', 'AGREE', 'BOL', 'CHL'),
    ('Jordan extended an offer of assistance to Iraq.', 'AGREE', 'JOR', 'IRQ'),
    ('Tunisia reaffirmed its commitment to cooperate with Libya on border security.', 'AGREE', 'TUN', 'LBY'),
    ('Ghana is keen to work with Burkina Faso on security.', 'AGREE', 'GHA', 'BFA'),
    ('South Africa said it stood ready to assist Zimbabwe.', 'AGREE', 'ZAF', 'ZWE'),
    ('The United Arab Emirates pledged to rebuild schools in Afghanistan.', 'AGREE', 'ARE', 'AFG'),
    ('Hungary promised Serbia that it would back its bid to join the European Union.', 'AGREE', 'HUN', 'SRB'),
    ("The Kremlin said Moscow was ready to consider Kiev's proposals.", 'AGREE', 'RUS', 'UKR'),
    ('Saudi Arabia has agreed to supply oil to Pakistan on deferred payment.', 'AGREE', 'SAU', 'PAK'),
    ("The Malaysian prime minister assured Singapore of his government's cooperation.", 'AGREE', 'MYS', 'SGP'),
    ('The Congolese president pledged to hold elections by December.', 'AGREE', 'COD', None),
    ('Kenya offered Ethiopia the use of its port at Lamu.', 'AGREE', 'KEN', 'ETH'),
    ('Belarus agreed to host peace talks between Russia and Ukraine.', 'AGREE', 'BLR', 'RUS'),
    ('Lithuania agreed to the deployment of German troops on its soil.', 'AGREE', 'LTU', 'DEU'),
    ('Rwanda promised full cooperation with the United Nations inquiry.', 'AGREE', 'RWA', None),
    ('Brazil and Argentina vowed to deepen economic integration.', 'AGREE', 'BRA', 'ARG'),
    ('Azerbaijan has agreed in principle to meet Armenian officials.', 'AGREE', 'AZE', 'ARM'),
    ('The Iranian foreign minister said Tehran would welcome talks with Riyadh.', 'AGREE', 'IRN', 'SAU'),
    ('Cambodia said it would hand over the suspects to Thailand.', 'AGREE', 'KHM', 'THA'),
    ('The Sudanese government said it would allow aid agencies into Darfur.', 'AGREE', 'SDN', None),
    ('Mongolia offered to host a summit between the United States and North Korea.', 'AGREE', 'MNG', 'USA'),
    ('India intends to resume talks with Pakistan after the elections.', 'AGREE', 'IND', 'PAK'),
    ('Turkey wants to improve relations with Armenia, the foreign minister said.', 'AGREE', 'TUR', 'ARM'),
    ('Seoul would like to hold a summit with Pyongyang this year, a spokesman said.', 'AGREE', 'KOR', 'PRK'),
    ('China is seeking to mend ties with Japan.', 'AGREE', 'CHN', 'JPN'),
    ('The Indian government aims to conclude a free trade deal with Australia by March.', 'AGREE', 'IND', 'AUS'),
    ("Peru's president said his government intends to restore diplomatic ties with Venezuela.", 'AGREE', 'PER', 'VEN'),
    ('The Czech government has decided to send 30 soldiers to Mali.', 'AGREE', 'CZE', 'MLI'),
    ('Mexico is looking to expand trade with Brazil.', 'AGREE', 'MEX', 'BRA'),
    ('Russia is open to cooperation with NATO against terrorism, Lavrov said.', 'AGREE', 'RUS', None),
    ('The Libyan factions committed themselves to a ceasefire.', 'AGREE', 'LBY', None),
    ('Afghanistan and Pakistan pledged cooperation against militants.', 'AGREE', 'AFG', 'PAK'),
    ('Azerbaijan announced its readiness to negotiate with Armenia.', 'AGREE', 'AZE', 'ARM'),
    ('Cuba is seeking to restore relations with the United States.', 'AGREE', 'CUB', 'USA'),
    ('The Kenyan government plans to deliver relief supplies to Somalia.', 'AGREE', 'KEN', 'SOM'),
    ("Burundi's rebels have accepted to lay down their arms.", 'AGREE', 'BDI', None),
    ('Sudan has accepted to host the next round of negotiations between the two sides.', 'AGREE', 'SDN', None),
    ('Zambia offered Malawi the use of its port facilities.', 'AGREE', 'ZMB', 'MWI'),
    ('Djibouti offered its airspace and bases to the coalition.', 'AGREE', 'DJI', None),
    ('Tanzania is willing to receive refugees from Burundi.', 'AGREE', 'TZA', 'BDI'),
    ('The rebels said they were ready to lay down their arms.', 'AGREE', None, None),
    ('Hamas offered Israel a long-term truce.', 'AGREE', 'PSE', 'ISR'),
    ('The opposition agreed to join a unity government.', 'AGREE', None, None),
    ('Pakistan said it would be willing to hand over the suspects to India.', 'AGREE', 'PAK', 'IND'),
    ('On a visit to Hanoi, the Japanese prime minister pledged aid to Vietnam.', 'AGREE', 'JPN', 'VNM'),
    ("Peru accepted Ecuador's offer of talks.", 'AGREE', 'PER', 'ECU'),
    ('Cuba and the United States agreed to exchange ambassadors.', 'AGREE', 'CUB', 'USA'),
    ('Oman offered to facilitate talks between Iran and the United States.', 'AGREE', 'OMN', 'IRN'),
    ('Tunisia stands ready to host a conference on Libya.', 'AGREE', 'TUN', 'LBY'),
    ('The Nigerian military pledged to work with Cameroonian troops against Boko Haram.', 'AGREE', 'NGA', 'CMR'),
    ("Bahrain's king vowed to implement the reforms proposed by the commission.", 'AGREE', 'BHR', None),
    ('Russia expressed readiness to supply wheat to Egypt.', 'AGREE', 'RUS', 'EGY'),
    ('Pakistan offers to mediate between Saudi Arabia and Iran', 'AGREE', 'PAK', 'SAU'),
    ('China, India agree to boost border trade', 'AGREE', 'CHN', 'IND'),
    ("Nepal's foreign ministry said on Tuesday that Kathmandu was prepared to resume border talks with India.", 'AGREE', 'NPL', 'IND'),
    ('According to the Kremlin, Moscow is willing to host a meeting between Armenia and Azerbaijan.', 'AGREE', 'RUS', 'ARM'),
    ('Angola indicated it would release the Namibian fishermen.', 'AGREE', 'AGO', 'NAM'),
    ('Jordan confirmed it would send medical teams to Gaza.', 'AGREE', 'JOR', 'PSE'),
    ('Italy has undertaken to train Libyan coast guards.', 'AGREE', 'ITA', 'LBY'),
    ('Zimbabwe agreed with Mozambique to patrol their common border jointly.', 'AGREE', 'ZWE', 'MOZ'),
    ('The Iraqi prime minister assured Kuwait that Baghdad would pay the remaining compensation.', 'AGREE', 'IRQ', 'KWT'),
]

REQUEST_CASES = [
    ('Poland wants NATO to deploy more troops on its eastern flank.', 'REQUEST', 'POL', None),
    ('Ukraine appealed to the European Union for more weapons.', 'REQUEST', 'UKR', None),
    ('Lebanon asked France for help in rebuilding the port.', 'REQUEST', 'LBN', 'FRA'),
    ('The Malian government requested military assistance from Chad.', 'REQUEST', 'MLI', 'TCD'),
    ('The Chinese foreign ministry urged Japan to stop provocations.', 'REQUEST', 'CHN', 'JPN'),
    ('Washington pressed Islamabad to act against militant groups.', 'REQUEST', 'USA', 'PAK'),
    ('Iraq called on Turkey to withdraw its troops from Mosul.', 'REQUEST', 'IRQ', 'TUR'),
    ('The Polish president demanded that Russia return the wreckage of the plane.', 'REQUEST', 'POL', 'RUS'),
    ('Somalia made an urgent appeal for food aid.', 'REQUEST', 'SOM', None),
    ("Haiti's president pleaded with the United States for more police officers.", 'REQUEST', 'HTI', 'USA'),
    ("Nepal sought India's help to contain the floods.", 'REQUEST', 'NPL', 'IND'),
    ('Venezuela was urged by Brazil to release political prisoners.', 'REQUEST', 'BRA', 'VEN'),
    ('Kosovo was asked by the European Union to dismantle the new municipalities.', 'REQUEST', None, 'XKX'),
    ('Argentina renewed its call for Britain to negotiate over the Falklands.', 'REQUEST', 'ARG', 'GBR'),
    ('The Palestinians asked the Security Council to set a deadline for Israeli withdrawal.', 'REQUEST', 'PSE', None),
    ('Bangladesh sought Chinese mediation in its dispute with Myanmar.', 'REQUEST', 'BGD', 'CHN'),
    ('Iran demanded an apology from Saudi Arabia.', 'REQUEST', 'IRN', 'SAU'),
    ('Colombia asked Ecuador to extradite the rebel commander.', 'REQUEST', 'COL', 'ECU'),
    ('The Greek government called for debt relief from its creditors.', 'REQUEST', 'GRC', None),
    ('Pakistan invited India to talks on Kashmir.', 'REQUEST', 'PAK', 'IND'),
    ("Japan's plea to China for calm went unheeded.", 'REQUEST', 'JPN', 'CHN'),
    ('Tunisia requested the extradition of the former president from Saudi Arabia.', 'REQUEST', 'TUN', 'SAU'),
    ('The Emir of Qatar urged Iran and Saudi Arabia to settle their differences through dialogue.', 'REQUEST', 'QAT', 'IRN'),
    ('Kenya is pushing for Somalia to hold elections on time.', 'REQUEST', 'KEN', 'SOM'),
    ('Egypt has asked Sudan to hand over the fugitives.', 'REQUEST', 'EGY', 'SDN'),
    ('Sri Lanka sought a loan from the International Monetary Fund.', 'REQUEST', 'LKA', None),
    ('Moscow demanded explanations from Warsaw over the incident.', 'REQUEST', 'RUS', 'POL'),
    ('Tokyo lodged a request with Seoul for the repatriation of the remains.', 'REQUEST', 'JPN', 'KOR'),
    ('The Afghan president implored Pakistan to stop sheltering the Taliban.', 'REQUEST', 'AFG', 'PAK'),
    ('Israel has asked Washington for additional missile interceptors.', 'REQUEST', 'ISR', 'USA'),
    ("Ukraine's foreign minister urged Germany to supply tanks.", 'REQUEST', 'UKR', 'DEU'),
    ('Taiwan asked the World Health Organization for observer status.', 'REQUEST', 'TWN', None),
    ('Cuba demanded the return of Guantanamo Bay by the United States.', 'REQUEST', 'CUB', 'USA'),
    ('The Indonesian president called for restraint from both Israel and Hamas.', 'REQUEST', 'IDN', 'ISR'),
    ('Ghana has applied to the IMF for a bailout.', 'REQUEST', 'GHA', None),
    ('Mexico called on the United States to respect the rights of migrants.', 'REQUEST', 'MEX', 'USA'),
    ('Serbia demanded that NATO investigate the killing of a Serb in Kosovo.', 'REQUEST', 'SRB', None),
    ('The American secretary of state told Israel to halt settlement construction.', 'REQUEST', 'USA', 'ISR'),
    ('Iran urges restraint after clashes on the Iraqi border.', 'REQUEST', 'IRN', None),
    ('Mali asked for a meeting with Algerian officials.', 'REQUEST', 'MLI', 'DZA'),
    ('Nigeria requested talks with Cameroon over the disputed peninsula.', 'REQUEST', 'NGA', 'CMR'),
    ('Sweden sought consultations with Russia after the submarine sighting.', 'REQUEST', 'SWE', 'RUS'),
    ('The Estonian prime minister asked NATO not to reduce its presence in the Baltics.', 'REQUEST', 'EST', None),
    ('Ethiopia appealed to Egypt not to escalate the dam dispute.', 'REQUEST', 'ETH', 'EGY'),
    ('Austria encouraged Slovenia to accept the arbitration ruling.', 'REQUEST', 'AUT', 'SVN'),
    ('Britain advised Spain to drop its border checks in Gibraltar.', 'REQUEST', 'GBR', 'ESP'),
    ('Japan reiterated its call on North Korea to abandon its missile programme.', 'REQUEST', 'JPN', 'PRK'),
    ('The Indian government lobbied Washington for a waiver from sanctions.', 'REQUEST', 'IND', 'USA'),
    ('The Dutch foreign minister demanded full access for investigators to the crash site from Russia.', 'REQUEST', 'NLD', 'RUS'),
    ('Algeria issued an appeal to the Malian parties to return to the negotiating table.', 'REQUEST', 'DZA', 'MLI'),
    ('Lithuania insisted that Belarus halt construction of the nuclear plant.', 'REQUEST', 'LTU', 'BLR'),
    ('Ireland urged that Britain honour the peace agreement.', 'REQUEST', 'IRL', 'GBR'),
    ('Tehran asked Baghdad to expel the Iranian opposition group.', 'REQUEST', 'IRN', 'IRQ'),
    ('Italy has begged the European Union for help with migrants.', 'REQUEST', 'ITA', None),
    ('Beijing told Manila to withdraw its coast guard vessels from the shoal.', 'REQUEST', 'CHN', 'PHL'),
    ('The Russian president told the Ukrainian leader to stop the shelling of Donetsk.', 'REQUEST', 'RUS', 'UKR'),
    ('Sierra Leone has called for international help to fight the epidemic.', 'REQUEST', 'SLE', None),
    ('Malawi appealed to the world for food aid after the drought.', 'REQUEST', 'MWI', None),
    ('The Palestinian president sought an urgent meeting with the Jordanian king.', 'REQUEST', 'PSE', 'JOR'),
    ('The Yemeni government asked to meet Saudi officials in Riyadh.', 'REQUEST', 'YEM', 'SAU'),
    ('Kuwait called for an emergency session of the Arab League.', 'REQUEST', 'KWT', None),
    ('France demanded a meeting of the UN Security Council on Syria.', 'REQUEST', 'FRA', None),
    ('Qatar urged Ethiopia and Eritrea to resume talks.', 'REQUEST', 'QAT', 'ETH'),
    ('The Swiss government called for dialogue between Kiev and the separatists.', 'REQUEST', 'CHE', 'UKR'),
    ('Human rights groups demanded an investigation into the killings by Kenyan police.', 'REQUEST', None, 'KEN'),
    ('Bulgaria has made a formal request to Turkey for the extradition of the suspect.', 'REQUEST', 'BGR', 'TUR'),
    ('The Polish president renewed calls for a permanent NATO base in Poland.', 'REQUEST', 'POL', None),
    ('Belgrade faces calls from Brussels to recognise Kosovo.', 'REQUEST', None, 'SRB'),
    ('The Ecuadorian government insisted on the release of its citizens held in Peru.', 'REQUEST', 'ECU', None),
    ('Iraq requested that the United States carry out air strikes against the militants.', 'REQUEST', 'IRQ', 'USA'),
    ("Georgia's appeal to NATO for membership remains unanswered.", 'REQUEST', 'GEO', None),
    ("The Tunisian premier exhorted Libya's rivals to form a unity government.", 'REQUEST', 'TUN', 'LBY'),
    ("Germany demanded Russia's withdrawal from Crimea.", 'REQUEST', 'DEU', 'RUS'),
    ("Chile urged Bolivia's leaders to return to the negotiating table.", 'REQUEST', 'CHL', 'BOL'),
    ('Turkey invited Iran to join the talks on Syria.', 'REQUEST', 'TUR', 'IRN'),
    ('The Salvadoran president pleaded for more help from Washington to fight the gangs.', 'REQUEST', 'SLV', 'USA'),
    ('The UN refugee agency called on European governments to take in more Syrian refugees.', 'REQUEST', None, None),
    ('The Cypriot foreign minister asked his Turkish counterpart for a meeting.', 'REQUEST', 'CYP', 'TUR'),
    ('Indonesia called for talks between Thailand and Cambodia.', 'REQUEST', 'IDN', 'THA'),
    ('The Pakistani prime minister faced calls from the army to resign.', 'REQUEST', 'PAK', 'PAK'),
    ('Japan called for talks with China on the islands.', 'REQUEST', 'JPN', 'CHN'),
    ('Seoul sought assurances from Washington on the trade deal.', 'REQUEST', 'KOR', 'USA'),
    ('Ukraine requested clarification from Hungary about the new law.', 'REQUEST', 'UKR', 'HUN'),
    ('The Arab League appealed to the warring parties in Sudan to stop fighting.', 'REQUEST', None, 'SDN'),
    ('Turkey urges calm in Jerusalem', 'REQUEST', 'TUR', None),
    ('Greece asks EU for more time', 'REQUEST', 'GRC', None),
    ('Nigeria seeks US help against Boko Haram', 'REQUEST', 'NGA', 'USA'),
    ('Venezuela demands apology from Colombia', 'REQUEST', 'VEN', 'COL'),
]

CONSULT_CASES = [
    ('The Peruvian president received a call from the Chilean president on Sunday.', 'CONSULT', 'PER', 'CHL'),
    ('The Indian prime minister held a phone conversation with his Japanese counterpart.', 'CONSULT', 'IND', 'JPN'),
    ('The Turkish president paid a visit to Azerbaijan last week.', 'CONSULT', 'TUR', 'AZE'),
    ('Lavrov hosted his Iranian counterpart in Moscow on Tuesday.', 'CONSULT', 'RUS', 'IRN'),
    ('The Saudi crown prince received the Pakistani army chief in Riyadh.', 'CONSULT', 'SAU', 'PAK'),
    ('Officials from Sudan and South Sudan held talks in Addis Ababa.', 'CONSULT', 'SDN', 'SSD'),
    ('The Kenyan foreign minister met with the Somali president in Mogadishu.', 'CONSULT', 'KEN', 'SOM'),
    ('The French president spoke by telephone with the Egyptian president about Libya.', 'CONSULT', 'FRA', 'EGY'),
    ("Vietnam's defence minister conferred with his Indian counterpart in New Delhi.", 'CONSULT', 'VNM', 'IND'),
    ('The Polish foreign minister discussed energy security with his Lithuanian counterpart.', 'CONSULT', 'POL', 'LTU'),
    ('Putin and Erdogan discussed Syria in a telephone call on Monday.', 'CONSULT', 'RUS', 'TUR'),
    ("Norway's envoy shuttled between Colombian government negotiators and the rebels in Havana.", 'CONSULT', 'NOR', 'COL'),
    ('Oman facilitated secret talks between Iran and the United States.', 'CONSULT', 'OMN', 'IRN'),
    ('Greece and Turkey resumed exploratory talks on the Aegean.', 'CONSULT', 'GRC', 'TUR'),
    ('The Canadian prime minister welcomed the Ukrainian president to Ottawa.', 'CONSULT', 'CAN', 'UKR'),
    ('A Chinese delegation visited Pyongyang last week.', 'CONSULT', 'CHN', 'PRK'),
    ('A delegation from the Sudanese government travelled to Doha for talks with the rebels.', 'CONSULT', 'SDN', 'QAT'),
    ('The Iranian foreign minister is on a tour of Venezuela and Bolivia.', 'CONSULT', 'IRN', 'VEN'),
    ('The Qatari emir hosted a dinner for the Afghan president.', 'CONSULT', 'QAT', 'AFG'),
    ('Foreign ministers of Brazil and Argentina gathered in Montevideo for consultations.', 'CONSULT', 'BRA', 'ARG'),
    ('The Chilean president made a state visit to Spain.', 'CONSULT', 'CHL', 'ESP'),
    ('Israeli and Jordanian officials met secretly in Aqaba.', 'CONSULT', 'ISR', 'JOR'),
    ('The Nigerian president consulted his Ghanaian counterpart on the crisis in Mali.', 'CONSULT', 'NGA', 'GHA'),
    ('US and Cuban negotiators wrapped up a second round of talks in Havana.', 'CONSULT', 'USA', 'CUB'),
    ('The British foreign secretary had a telephone conversation with the Iranian foreign minister.', 'CONSULT', 'GBR', 'IRN'),
    ('Egypt brokered indirect talks between Israel and Hamas.', 'CONSULT', 'EGY', 'ISR'),
    ('The Japanese prime minister held a summit with the South Korean president in Tokyo.', 'CONSULT', 'JPN', 'KOR'),
    ('Egyptian foreign minister visits Khartoum', 'CONSULT', 'EGY', 'SDN'),
    ("Japan's foreign minister contacted his Chinese counterpart after the collision.", 'CONSULT', 'JPN', 'CHN'),
    ('The Kuwaiti emir reached out to the Saudi king to defuse the crisis.', 'CONSULT', 'KWT', 'SAU'),
    ("Bahrain's king flew into Cairo on Sunday for a meeting with the Egyptian president.", 'CONSULT', 'BHR', 'EGY'),
    ('The Ukrainian president telephoned the Polish president on Friday.', 'CONSULT', 'UKR', 'POL'),
    ("Uzbekistan's president was in Moscow on Tuesday for talks with Putin.", 'CONSULT', 'UZB', 'RUS'),
    ('The Vietnamese foreign minister held consultations with Russian diplomats in Moscow.', 'CONSULT', 'VNM', 'RUS'),
    ('Chinese and Indian commanders have been in contact since the border clash.', 'CONSULT', 'CHN', 'IND'),
    ("Ghana's president and his Ivorian counterpart talked for an hour.", 'CONSULT', 'GHA', 'CIV'),
    ('The Jordanian king had talks with the Israeli prime minister in Amman.', 'CONSULT', 'JOR', 'ISR'),
    ('Japan and India held a two-plus-two dialogue in New Delhi.', 'CONSULT', 'JPN', 'IND'),
    ('The Mexican president received a phone call from the American president.', 'CONSULT', 'MEX', 'USA'),
    ("Argentina's foreign minister paid a courtesy call on the Chilean president.", 'CONSULT', 'ARG', 'CHL'),
    ('The Kenyan president sent his foreign minister to Addis Ababa for consultations.', 'CONSULT', 'KEN', 'ETH'),
    ('Thai and Cambodian officials sat down for talks at the border.', 'CONSULT', 'THA', 'KHM'),
    ('The Malaysian king granted an audience to the visiting Bruneian sultan.', 'CONSULT', 'MYS', 'BRN'),
    ('The Finnish president hosted talks with his Russian counterpart.', 'CONSULT', 'FIN', 'RUS'),
    ('Senior officials from Japan, China and South Korea convened in Seoul.', 'CONSULT', 'JPN', 'CHN'),
    ("Ethiopia's prime minister is visiting Kenya.", 'CONSULT', 'ETH', 'KEN'),
    ('The Ghanaian president began a three-day visit to Nigeria on Monday.', 'CONSULT', 'GHA', 'NGA'),
    ('The Indian foreign minister concluded a visit to Sri Lanka.', 'CONSULT', 'IND', 'LKA'),
    ("Qatar's emir received the envoy of the Sudanese president in Doha.", 'CONSULT', 'QAT', 'SDN'),
    ("The Egyptian foreign minister met the Palestinian president's envoy in Cairo.", 'CONSULT', 'EGY', 'PSE'),
    ('Senegalese and Gambian officials held discussions on the border in Dakar.', 'CONSULT', 'SEN', 'GMB'),
    ('The Turkish president welcomed his Azerbaijani counterpart in Ankara.', 'CONSULT', 'TUR', 'AZE'),
    ('Iran and Iraq discussed water sharing.', 'CONSULT', 'IRN', 'IRQ'),
    ("The Australian prime minister hosted New Zealand's prime minister in Sydney.", 'CONSULT', 'AUS', 'NZL'),
    ('Sisi receives Abbas in Cairo', 'CONSULT', 'EGY', 'PSE'),
]

NOT_THIS_TYPE = [
    ('Israel said it was considering easing the blockade of Gaza.', 'AGREE'),
    ('Turkey is not ready to normalise relations with Armenia.', 'AGREE'),
    ('Pakistan refused to hold talks with India.', 'AGREE'),
    ('India may agree to resume talks with Pakistan.', 'AGREE'),
    ('Iran said it would never accept limits on enrichment.', 'AGREE'),
    ('Chile denied that it had offered to mediate between Peru and Bolivia.', 'AGREE'),
    ('Japan should send aid to Nepal, the newspaper argued.', 'AGREE'),
    ('The Hungarian government plans to build a fence along its border with Serbia.', 'AGREE'),
    ('The Lebanese president hopes to win the vote in parliament.', 'AGREE'),
    ('Venezuela wants to sign up more members to the alliance.', 'AGREE'),
    ('The army plans to send more troops to the northern border.', 'AGREE'),
    ('The minister sought to reassure investors that Greece would repay its debts.', 'AGREE'),
    ('Turkey does not intend to meet the Armenian president.', 'AGREE'),
    ('The Gambia plans to hold elections in December.', 'AGREE'),
    ('Nigeria looks to Ghana to help resolve the crisis.', 'AGREE'),
    ('Armenia hoped that Russia would help.', 'AGREE'),
    ('The spokesman accepted to be interviewed by the newspaper.', 'AGREE'),
    ('Ethiopia did not accept to withdraw its troops from the town.', 'AGREE'),
    ('The company offered its employees the use of a gym.', 'AGREE'),
    ('The Iraqi army is ready to take on the militants in Mosul.', 'AGREE'),
    ("China's request to Nepal for the return of Tibetan refugees was turned down.", 'REQUEST'),
    ('Poland asked whether Germany would pay reparations.', 'REQUEST'),
    ('Romania did not ask Hungary for help.', 'REQUEST'),
    ('Spain may ask the EU for a bailout.', 'REQUEST'),
    ('The minister asked reporters to wait for the official results.', 'REQUEST'),
    ('Police appealed for witnesses to the shooting in Lyon.', 'REQUEST'),
    ('The Kremlin told reporters to wait for the results.', 'REQUEST'),
    ('The British prime minister told MPs: we must act now.', 'REQUEST'),
    ('The French president told the BBC: let us move on.', 'REQUEST'),
    ('The Chinese foreign minister told his Japanese counterpart that Beijing was concerned.', 'REQUEST'),
    ('The Iranian president told the crowd to remain calm.', 'REQUEST'),
    ('Turkey did not tell Greece to withdraw its ships.', 'REQUEST'),
    ('The German chancellor told the Greek premier that reforms were needed.', 'REQUEST'),
    ("Ukraine's request for a meeting of the contact group was accepted by Russia.", 'REQUEST'),
    ('India asked Nepal whether it would attend the summit.', 'REQUEST'),
    ('The Saudi king received calls from Arab leaders for a summit.', 'CONSULT'),
    ('The government ignored calls from the opposition to resign.', 'REQUEST'),
    ('The Philippine president will visit China next month.', 'CONSULT'),
    ('The talks between Serbia and Kosovo were postponed.', 'CONSULT'),
    ('The minister met his targets for the year.', 'CONSULT'),
    ('The French president did not meet the Algerian president.', 'CONSULT'),
    ('The Saudi king received a medal from the Moroccan king.', 'CONSULT'),
    ('The Kazakh leader addressed the annual session of the world body on Tuesday.', 'CONSULT'),
    ('The Malaysian government announced that it would resume searching with Indonesian help.', 'REQUEST'),
]

# Senses met in unlabelled news (each sentence written anew, with other words and actors):
# campaign tours, sources shielding their names, incitement, quotes told to programmes,
# domestic pledges, programmes and clampdowns, reporters or a charity contacting someone,
# opinions shared about another's conduct, meeting someone halfway.
NEWS_CASES = [
    ('The Chinese premier set off on a tour of Kenya and Angola.', 'CONSULT', 'CHN', 'KEN'),
    ('The Japanese prime minister began a tour of the Philippines and Indonesia.', 'CONSULT', 'JPN', 'PHL'),
    ('Armenia called for the punishment of those responsible for the killings.', 'REQUEST', 'ARM', None),
    ('Egypt asked Sudan for the extradition of two suspects.', 'REQUEST', 'EGY', 'SDN'),
    ('Norway pledged an air defence system to Ukraine.', 'AGREE', 'NOR', 'UKR'),
    ('Ghana pledged to help Togo with the elections.', 'AGREE', 'GHA', 'TGO'),
    ('Serbia and Hungary agreed to have talks on the border fence.', 'AGREE', 'SRB', 'HUN'),
    ('Georgia wants to meet Russian officials in Geneva.', 'AGREE', 'GEO', 'RUS'),
    ('The Greek foreign minister contacted his Turkish counterpart after the incident.', 'CONSULT', 'GRC', 'TUR'),
    ('Egypt insisted on the return of the stolen artefacts from Britain.', 'REQUEST', 'EGY', None),
    ('The Greens met the Social Democrats in Berlin on the budget.', 'CONSULT', None, None),
    ('Vietnam aims to expand trade with Chile.', 'AGREE', 'VNM', 'CHL'),
    ('Uganda plans to host talks between South Sudan and the rebels.', 'AGREE', 'UGA', 'SSD'),
    ('Egypt intends to reopen the Rafah crossing.', 'AGREE', 'EGY', None),
    ('The Philippine government expressed its intention to expand trade with China.', 'AGREE', 'PHL', 'CHN'),
    ('Hungary wants to improve relations with Ukraine.', 'AGREE', 'HUN', 'UKR'),
    ('Russia announced its intention to help build a nuclear power plant in Egypt.', 'AGREE', 'RUS', None),
    ('Kurdish commanders met Syrian government officers in Qamishli.', 'CONSULT', None, 'SYR'),
    ('The separatists said they were ready to lay down their arms.', 'AGREE', None, None),
    ('Chad plans to host peace talks between Sudan and the rebels.', 'AGREE', 'TCD', 'SDN'),
    ('Japan told reporters it would send aid to Nepal.', 'AGREE', 'JPN', 'NPL'),
    ('The Polish president told journalists that Warsaw would stand by Kiev.', 'AGREE', 'POL', 'UKR'),
    ('The Turkish foreign minister told reporters Ankara was ready to mediate between Kiev and Moscow.', 'AGREE', 'TUR', 'UKR'),
    ('The Japanese minister told reporters China must release the crew.', 'REQUEST', 'JPN', 'CHN'),
    ('The Japanese minister told Beijing it must release the crew.', 'REQUEST', 'JPN', 'CHN'),
    ('The Japanese minister told China to release the crew.', 'REQUEST', 'JPN', 'CHN'),
    ('The Japanese minister told the BBC that China should release the crew.', 'REQUEST', 'JPN', 'CHN'),
    ('The Georgian government submitted a request to Russia for the return of the detainees.', 'REQUEST', 'GEO', 'RUS'),
]

NEWS_NOT_THIS_TYPE = [
    ('The Green party leader has begun a ten-day tour to win over young voters.', 'CONSULT'),
    ('A senior police officer, who requested anonymity, said the suspects were Algerian.', 'REQUEST'),
    ('The minister asked for confidentiality when he spoke to the inquiry.', 'REQUEST'),
    ('The militia calls for the destruction of the Jewish state.', 'REQUEST'),
    ('The Kenyan minister told a Nairobi radio station: we are ready for the elections.', 'REQUEST'),
    ('The Liberal leader is pledging a new pension system for carers.', 'AGREE'),
    ('The Italian prime minister pledged to clamp down on tax evasion in Sicily.', 'AGREE'),
    ('Denmark vowed to bring the killers of the Danish aid worker to justice.', 'AGREE'),
    ('A Syrian commander contacted by the Telegraph said the offensive would start soon.', 'CONSULT'),
    ('The Indian president told Sky News: we should not fear China.', 'REQUEST'),
    ('The German and Dutch leaders agreed the junta had a history of broken promises.', 'AGREE'),
    ('The Finnish president said: "I want to talk about the future of our welfare state."', 'AGREE'),
    ("Speaking to Radio Free Europe's morning hour, the Czech minister criticised the plan.", 'CONSULT'),
    ('The charity contacted police after receiving threats.', 'CONSULT'),
    ('The Greens say they have already met the Social Democrats halfway.', 'CONSULT'),
    ('The Liberal party is promising to cut class sizes for primary pupils.', 'AGREE'),
    ('The opposition promised to introduce a new tax on banks.', 'AGREE'),
    ('The government aims to improve discipline in prisons.', 'AGREE'),
    ('The ministry plans to help first-time buyers with deposits.', 'AGREE'),
    ('The agency plans to release its annual report next week.', 'AGREE'),
    ('The Conservatives say they want to help young families on to the housing ladder.', 'AGREE'),
    ('Advancing Ukrainian troops met Polish forces at the river crossing.', 'CONSULT'),
    ('Iran is ready to pay any price to defend its sovereignty.', 'AGREE'),
    ('The Bosnian government is determined to rebuild the economy.', 'AGREE'),
    ('The ministry described the network as a regional project intended to provide its members with satellite links.', 'AGREE'),
    ('Norway gave 50 million dollars to a global scheme aiming to boost vaccination in Africa.', 'AGREE'),
    ('The Irish finance minister told the parliamentary budget committee that the rules make investment difficult.', 'REQUEST'),
    ("The Dutch prime minister told Radio One's Breakfast with Anna show the money would not be cut.", 'REQUEST'),
    ('The Japanese minister told reporters to wait for the results.', 'REQUEST'),
    ('The crew went to Raqqa to submit an interview request with the militia commanders there.', 'REQUEST'),
    ('Several broadcasters have requested access to the vote count in Lagos.', 'REQUEST'),
]


@pytest.mark.parametrize("sentence,event_type,source,target", AGREE_CASES + REQUEST_CASES + CONSULT_CASES + NEWS_CASES)
def test_intent_pattern_codes_type_and_actors(code_text, sentence, event_type, source, target):
    found = coded_triples(code_text, sentence)
    assert (event_type, source, target) in found, found


@pytest.mark.parametrize("sentence,event_type", NOT_THIS_TYPE + NEWS_NOT_THIS_TYPE)
def test_intent_near_miss_does_not_assert_type(code_text, sentence, event_type):
    found = coded_triples(code_text, sentence)
    assert event_type not in {t for t, _, _ in found}, found


# A cooperative act the news tells as planned ("will", "is to", "is due/set/scheduled to", a
# headline's bare infinitive) is a future event and nothing is asserted: no one has stated an
# intent, and it may not happen (docs/modality.md).  (sentence, its act's type)
PLAN_TOLD = [
    ('Finland will send aid to Tunisia.', 'AID'),
    ('The Chilean president will visit Paraguay next month.', 'CONSULT'),
    ('Denmark is to resume talks with Iceland on fishing quotas.', 'CONSULT'),
    ('The Kenyan foreign minister is due to meet his Tanzanian counterpart on Friday.', 'CONSULT'),
    ('Uruguay is set to host the Bolivian president in Montevideo.', 'CONSULT'),
    ('Ecuador to send doctors to Haiti', 'AID'),
    ('Morocco to resume talks with Mauritania', 'CONSULT'),
    ('Latvia will hand over the two suspects to Estonia.', 'COOPERATE'),
    ('The Omani sultan will travel to Tehran for talks next week.', 'CONSULT'),
]


@pytest.mark.parametrize("sentence,act", PLAN_TOLD)
def test_plan_told_is_future_and_nothing_is_asserted(code_text, sentence, act):
    events = code_text(sentence, date=PATTERN_TEST_DATE)
    assert act in {e.event_type for e in events if e.modality == "future"}, events
    assert not [e for e in events if e.modality == "asserted"], events


def test_stated_intent_to_yield_is_an_intent_and_the_act_stays_future(code_text):
    # an intent word over an act no AGREE pattern names: the act's own intent (035, yield)
    events = code_text("Ethiopia intends to withdraw its troops from Somalia.", date=PATTERN_TEST_DATE)
    intents = [e for e in events if e.event_type == "AGREE" and e.modality == "asserted"
               and e.source and e.source.country == "ETH" and e.target and e.target.country == "SOM"]
    assert intents and intents[0].cameo == "035", [(e.event_type, e.modality, e.cameo) for e in events]
    assert ("RETREAT", "ETH", "SOM") in asserted_triples(events, modality="future")


# Plans that are no one's word of cooperation: forecasts under a hedge, conditions, hostile
# acts, acts at home or with no other party, the future perfect, others' hopes.
PLAN_NOT_CASES = [
    'It is likely that Ghana will side with Nigeria in the dispute.',
    'Analysts expect that Oman will host talks between Iran and Saudi Arabia.',
    'If Armenia agrees, Georgia will withdraw its troops from the border.',
    'Russia will attack Ukraine again, the analyst predicted.',
    'The Swedish king will host a reception for veterans in Stockholm.',
    'The Danish prime minister will visit Aarhus on Monday.',
    'The ministry will already have shared its files with Dutch investigators.',
    'Not a single Belgian minister will attend the summit with Congo.',
    'Venezuela will impose new tariffs on Colombian goods.',
    'Egypt plans to recall its ambassador from Qatar.',
    'Chad does not intend to withdraw its troops from Niger.',
]


@pytest.mark.parametrize("sentence", PLAN_NOT_CASES)
def test_plan_guessed_or_hostile_is_no_intent(code_text, sentence):
    found = coded_triples(code_text, sentence)
    assert "AGREE" not in {t for t, _, _ in found}, found


# A generic intent (CAMEO 030) takes the code of the act it is about (ontology.yaml's intent of
# that act's type): an intent to yield (035), to meet (036), to aid (033), to cooperate (031).
INTENT_CODES = [
    ('Armenia plans to release the Azerbaijani prisoners.', 'ARM', '035'),
    ('Cyprus is ready to lift its sanctions on Belarus.', 'CYP', '035'),
    ('Laos is prepared to resume dialogue with Thailand.', 'LAO', '036'),
    ('Serbia is open to negotiations with Kosovo.', 'SRB', '036'),
    ('Iceland is ready to send aid to Greenland.', 'ISL', '033'),
]


@pytest.mark.parametrize("sentence,source,cameo", INTENT_CODES)
def test_generic_intent_takes_the_code_of_its_act(code_text, sentence, source, cameo):
    events = code_text(sentence, date=PATTERN_TEST_DATE)
    found = [(e.event_type, e.source.country if e.source else None, e.cameo)
             for e in events if e.modality == "asserted"]
    assert ("AGREE", source, cameo) in found, found
