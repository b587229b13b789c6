//! Built-in knowledge of places and a few institutions.
//!
//! Countries (with their other names and demonyms), major world cities,
//! regions, and a short list of international organisations known by
//! several names. Lookups go through [`crate::fold::fold`], so `Turkey`,
//! `Türkiye` and `TURKIYE` all find the same entry, and every entry has one
//! canonical display name so that the resolver can merge aliases.
//!
//! ```
//! use news_timeline::entities::gazetteer::{lookup, demonym};
//! use news_timeline::entities::EntityKind;
//! let turkey = lookup("Turkey").unwrap();
//! assert_eq!(turkey.kind, EntityKind::Place);
//! assert_eq!(turkey.canonical, lookup("Türkiye").unwrap().canonical);
//! assert_eq!(demonym("Turkish"), Some("Türkiye"));
//! assert!(lookup("Turkish").is_none());
//! ```

use crate::entities::EntityKind;
use crate::fasthash::FastMap;
use crate::fold::fold;
use std::sync::OnceLock;

/// One gazetteer hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntityKind,
    /// The display name every alias maps to.
    pub canonical: &'static str,
}

/// Countries: `Canonical|alias|...;demonym|...`.
const COUNTRIES: &str = "\
Afghanistan;Afghan|Afghans
Albania;Albanian|Albanians
Algeria;Algerian|Algerians
Angola;Angolan
Argentina;Argentine|Argentinian|Argentinians
Armenia;Armenian|Armenians
Australia;Australian|Australians
Austria;Austrian|Austrians
Azerbaijan;Azerbaijani|Azeri
Bahrain;Bahraini
Bangladesh;Bangladeshi
Belarus;Belarusian
Belgium;Belgian|Belgians
Bolivia;Bolivian
Bosnia and Herzegovina|Bosnia;Bosnian|Bosnians
Botswana
Brazil;Brazilian|Brazilians
Bulgaria;Bulgarian|Bulgarians
Burkina Faso
Cambodia;Cambodian
Cameroon;Cameroonian
Canada;Canadian|Canadians
Chad;Chadian
Chile;Chilean|Chileans
China|People's Republic of China|PRC;Chinese
Colombia;Colombian|Colombians
Congo|Democratic Republic of Congo|DR Congo|DRC;Congolese
Costa Rica;Costa Rican
Croatia;Croatian|Croatians|Croat|Croats
Cuba;Cuban|Cubans
Cyprus;Cypriot|Cypriots
Czech Republic|Czechia;Czech|Czechs
Denmark;Danish|Dane|Danes
Ecuador;Ecuadorian
Egypt;Egyptian|Egyptians
El Salvador;Salvadoran
Eritrea;Eritrean
Estonia;Estonian
Ethiopia;Ethiopian|Ethiopians
Fiji;Fijian
Finland;Finnish|Finn|Finns
France;French
Georgia;Georgian|Georgians
Germany;German|Germans
Ghana;Ghanaian|Ghanaians
Greece;Greek|Greeks
Guatemala;Guatemalan
Guinea;Guinean
Haiti;Haitian|Haitians
Honduras;Honduran
Hungary;Hungarian|Hungarians
Iceland;Icelandic|Icelander
India;Indian|Indians
Indonesia;Indonesian|Indonesians
Iran;Iranian|Iranians
Iraq;Iraqi|Iraqis
Ireland|Republic of Ireland|Eire;Irish
Israel;Israeli|Israelis
Italy;Italian|Italians
Ivory Coast|Côte d'Ivoire;Ivorian
Jamaica;Jamaican|Jamaicans
Japan;Japanese
Jordan;Jordanian|Jordanians
Kazakhstan;Kazakh
Kenya;Kenyan|Kenyans
Kosovo;Kosovar
Kuwait;Kuwaiti|Kuwaitis
Kyrgyzstan;Kyrgyz
Laos;Lao|Laotian
Latvia;Latvian
Lebanon;Lebanese
Liberia;Liberian
Libya;Libyan|Libyans
Lithuania;Lithuanian
Luxembourg
Madagascar;Malagasy
Malawi;Malawian
Malaysia;Malaysian|Malaysians
Mali;Malian
Malta;Maltese
Mauritania;Mauritanian
Mexico;Mexican|Mexicans
Moldova;Moldovan
Monaco;Monegasque
Mongolia;Mongolian
Montenegro;Montenegrin
Morocco;Moroccan|Moroccans
Mozambique;Mozambican
Myanmar|Burma;Burmese
Namibia;Namibian
Nepal;Nepalese|Nepali
Netherlands|Holland|The Netherlands;Dutch
New Zealand;New Zealander|New Zealanders
Nicaragua;Nicaraguan
Niger;Nigerien
Nigeria;Nigerian|Nigerians
North Korea|DPRK;North Korean|North Koreans
North Macedonia|Macedonia;Macedonian
Norway;Norwegian|Norwegians
Oman;Omani
Pakistan;Pakistani|Pakistanis
Palestine|State of Palestine|Palestinian Territories|Occupied Palestinian Territories;Palestinian|Palestinians
Panama;Panamanian
Paraguay;Paraguayan
Peru;Peruvian|Peruvians
Philippines;Filipino|Filipinos|Philippine
Poland;Polish|Pole|Poles
Portugal;Portuguese
Qatar;Qatari|Qataris
Romania;Romanian|Romanians
Russia|Russian Federation;Russian|Russians
Rwanda;Rwandan
Saudi Arabia;Saudi|Saudis
Senegal;Senegalese
Serbia;Serbian|Serbians|Serb|Serbs
Sierra Leone;Sierra Leonean
Singapore;Singaporean
Slovakia;Slovak|Slovakian
Slovenia;Slovenian|Slovene
Somalia;Somali|Somalis
South Africa;South African|South Africans
South Korea|Korea|Republic of Korea;South Korean|South Koreans|Korean|Koreans
South Sudan;South Sudanese
Spain;Spanish|Spaniard|Spaniards
Sri Lanka;Sri Lankan
Sudan;Sudanese
Sweden;Swedish|Swede|Swedes
Switzerland;Swiss
Syria;Syrian|Syrians
Taiwan;Taiwanese
Tajikistan;Tajik
Tanzania;Tanzanian
Thailand;Thai|Thais
Tunisia;Tunisian|Tunisians
Türkiye|Turkey|Republic of Türkiye|Turkiye;Turkish|Turk|Turks
Turkmenistan;Turkmen
Uganda;Ugandan
Ukraine;Ukrainian|Ukrainians
United Arab Emirates|UAE|Emirates;Emirati|Emiratis
United Kingdom|UK|U.K.|Britain|Great Britain;British|Briton|Britons
United States|US|U.S.|USA|U.S.A.|America|United States of America;American|Americans
Uruguay;Uruguayan
Uzbekistan;Uzbek
Venezuela;Venezuelan|Venezuelans
Vatican|Vatican City|Holy See
Vietnam;Vietnamese
Yemen;Yemeni|Yemenis
Zambia;Zambian
Zimbabwe;Zimbabwean|Zimbabweans
Andorra;Andorran
Antigua and Barbuda
Bahamas|The Bahamas;Bahamian|Bahamians
Belize;Belizean
Benin;Beninese
Bhutan;Bhutanese
Brunei;Bruneian
Burundi;Burundian|Burundians
Cape Verde|Cabo Verde;Cape Verdean
Central African Republic
Comoros;Comorian
Djibouti;Djiboutian
Dominica
Dominican Republic;Dominican|Dominicans
East Timor|Timor-Leste;Timorese
Equatorial Guinea;Equatoguinean
Eswatini|Swaziland;Swazi
Gabon;Gabonese
Gambia|The Gambia;Gambian|Gambians
Grenada;Grenadian
Guinea-Bissau
Guyana;Guyanese
Kiribati
Lesotho
Liechtenstein
Maldives;Maldivian|Maldivians
Marshall Islands;Marshallese
Mauritius;Mauritian|Mauritians
Micronesia;Micronesian
Nauru;Nauruan
Palau;Palauan
Papua New Guinea;Papua New Guinean
Saint Lucia|St Lucia
Saint Vincent and the Grenadines
Samoa;Samoan|Samoans
San Marino
Sao Tome and Principe|São Tomé and Príncipe
Seychelles;Seychellois
Solomon Islands;Solomon Islander|Solomon Islanders
Suriname;Surinamese
Togo;Togolese
Tonga;Tongan|Tongans
Tuvalu;Tuvaluan
Vanuatu
Greenland;Greenlandic
Puerto Rico;Puerto Rican|Puerto Ricans
St Kitts and Nevis
Trinidad and Tobago;Trinidadian
Barbados;Barbadian
England;English
Scotland;Scottish|Scot|Scots
Wales;Welsh
Northern Ireland
";

/// Cities and regions: `Canonical|alias|...`, then `>Country` (a canonical
/// name of [`COUNTRIES`]) where the place lies in one country beyond
/// dispute; contested places, regions across borders and city-states have
/// none.
const PLACES: &str = "\
Abu Dhabi>United Arab Emirates
Abuja>Nigeria
Accra>Ghana
Addis Ababa>Ethiopia
Aleppo>Syria
Algiers>Algeria
Amman>Jordan
Amsterdam>Netherlands
Ankara>Türkiye
Antalya>Türkiye
Athens>Greece
Atlanta>United States
Auckland>New Zealand
Baghdad>Iraq
Baku>Azerbaijan
Baltimore>United States
Bangalore|Bengaluru>India
Bangkok>Thailand
Barcelona>Spain
Basra>Iraq
Beijing|Peking>China
Beirut>Lebanon
Belfast>United Kingdom
Belgrade>Serbia
Benghazi>Libya
Berlin>Germany
Bern>Switzerland
Birmingham>United Kingdom
Bogotá>Colombia
Bonn>Germany
Boston>United States
Bradford>United Kingdom
Brasília>Brazil
Bratislava>Slovakia
Brighton>United Kingdom
Brisbane>Australia
Bristol>United Kingdom
Brussels>Belgium
Bucharest>Romania
Budapest>Hungary
Buenos Aires>Argentina
Cairo>Egypt
Calcutta|Kolkata>India
Cambridge
Canberra>Australia
Cape Town>South Africa
Caracas>Venezuela
Cardiff>United Kingdom
Casablanca>Morocco
Chicago>United States
Copenhagen>Denmark
Coventry>United Kingdom
Dakar>Senegal
Dallas>United States
Damascus>Syria
Dar es Salaam>Tanzania
New Delhi|Delhi>India
Denver>United States
Derby>United Kingdom
Detroit>United States
Dhaka>Bangladesh
Doha>Qatar
Dubai>United Arab Emirates
Dublin>Ireland
Durban>South Africa
Edinburgh>United Kingdom
Frankfurt>Germany
Gaza|Gaza City
Geneva>Switzerland
Glasgow>United Kingdom
Gothenburg>Sweden
Guangzhou>China
Hamburg>Germany
Hanoi>Vietnam
Havana>Cuba
The Hague|Hague>Netherlands
Helsinki>Finland
Hiroshima>Japan
Ho Chi Minh City|Saigon>Vietnam
Hong Kong
Houston>United States
Islamabad>Pakistan
Istanbul|İstanbul>Türkiye
Izmir|İzmir>Türkiye
Jakarta>Indonesia
Jeddah>Saudi Arabia
Jerusalem|East Jerusalem
Johannesburg>South Africa
Kabul>Afghanistan
Kampala>Uganda
Karachi>Pakistan
Kathmandu>Nepal
Khartoum>Sudan
Kyiv|Kiev>Ukraine
Kinshasa>Congo
Kuala Lumpur>Malaysia
Kuwait City>Kuwait
Lagos>Nigeria
Lahore>Pakistan
Las Vegas>United States
Leeds>United Kingdom
Leicester>United Kingdom
Lima>Peru
Lisbon>Portugal
Liverpool>United Kingdom
Ljubljana>Slovenia
London>United Kingdom
Los Angeles>United States
Luanda>Angola
Lyon>France
Madrid>Spain
Manchester>United Kingdom
Manila>Philippines
Marseille>France
Melbourne>Australia
Mexico City>Mexico
Miami>United States
Milan>Italy
Minsk>Belarus
Mogadishu>Somalia
Monte Carlo>Monaco
Montreal>Canada
Moscow>Russia
Mosul>Iraq
Mumbai|Bombay>India
Munich>Germany
Muscat>Oman
Nairobi>Kenya
Naples>Italy
Newcastle
New Orleans>United States
New York|New York City|NYC>United States
Nottingham>United Kingdom
Osaka>Japan
Oslo>Norway
Ottawa>Canada
Oxford>United Kingdom
Paris>France
Perth
Philadelphia>United States
Phoenix>United States
Prague>Czech Republic
Pretoria>South Africa
Pyongyang>North Korea
Rabat>Morocco
Ramallah
Rafah
Khan Younis
Riga>Latvia
Rio de Janeiro|Rio>Brazil
Riyadh>Saudi Arabia
Rome>Italy
Rotterdam>Netherlands
San Francisco>United States
Santiago>Chile
São Paulo|Sao Paulo>Brazil
Sarajevo>Bosnia and Herzegovina
Seattle>United States
Seoul>South Korea
Shanghai>China
Sheffield>United Kingdom
Shenzhen>China
Singapore City>Singapore
Sofia>Bulgaria
Southampton>United Kingdom
St Petersburg|Saint Petersburg|St. Petersburg>Russia
Stockholm>Sweden
Strasbourg>France
Sydney>Australia
Taipei
Tallinn>Estonia
Tashkent>Uzbekistan
Tbilisi>Georgia
Tehran>Iran
Tel Aviv>Israel
Tokyo>Japan
Toronto>Canada
Tripoli
Tunis>Tunisia
Turin>Italy
Vancouver>Canada
Venice>Italy
Vienna>Austria
Vilnius>Lithuania
Warsaw>Poland
Washington|Washington DC|Washington D.C.>United States
Wellington>New Zealand
Yerevan>Armenia
Zagreb>Croatia
Zurich|Zürich>Switzerland
Africa
Asia
Europe
Antarctica
Oceania
North America
South America
Latin America
Central America
Middle East
Near East
Far East
South East Asia|Southeast Asia
Central Asia
East Asia
Eastern Europe
Western Europe
Balkans
Caucasus
Caribbean
Scandinavia
Gulf|Persian Gulf|Arabian Gulf
Mediterranean
Atlantic
Pacific
Arctic
Sahara
Sahel
Gaza Strip
West Bank
Golan Heights
Sinai>Egypt
Kashmir
Darfur>Sudan
Crimea
Donbas
Kurdistan
Tibet>China
Xinjiang>China
Chechnya>Russia
Siberia>Russia
Catalonia>Spain
Bavaria>Germany
Flanders>Belgium
Sicily>Italy
Corsica>France
Yorkshire>United Kingdom
Lancashire>United Kingdom
Kent>United Kingdom
Essex>United Kingdom
Cornwall>United Kingdom
Devon>United Kingdom
Surrey>United Kingdom
Ulster
Silicon Valley>United States
Hollywood>United States
Wall Street>United States
Alabama>United States
Alaska>United States
Arizona>United States
Arkansas>United States
California>United States
Colorado>United States
Connecticut>United States
Delaware>United States
Florida>United States
Hawaii>United States
Idaho>United States
Illinois>United States
Indiana>United States
Iowa>United States
Kansas>United States
Kentucky>United States
Louisiana>United States
Maine>United States
Maryland>United States
Massachusetts>United States
Michigan>United States
Minnesota>United States
Mississippi>United States
Missouri>United States
Montana>United States
Nebraska>United States
Nevada>United States
New Hampshire>United States
New Jersey>United States
New Mexico>United States
North Carolina>United States
North Dakota>United States
Ohio>United States
Oklahoma>United States
Oregon>United States
Pennsylvania>United States
Rhode Island>United States
South Carolina>United States
South Dakota>United States
Tennessee>United States
Texas>United States
Utah>United States
Vermont>United States
Virginia>United States
West Virginia>United States
Wisconsin>United States
Wyoming>United States
Ontario>Canada
Quebec>Canada
British Columbia>Canada
Alberta>Canada
Manitoba>Canada
Saskatchewan>Canada
Nova Scotia>Canada
Queensland>Australia
New South Wales|NSW>Australia
South Australia>Australia
Western Australia>Australia
Tasmania>Australia
Northern Territory>Australia
Maharashtra>India
Kerala>India
Karnataka>India
Tamil Nadu>India
Uttar Pradesh>India
Gujarat>India
Bihar>India
West Bengal>India
Rajasthan>India
Chongqing>China
Tianjin>China
Wuhan>China
Chengdu>China
Hangzhou>China
Nanjing|Nanking>China
Xi'an|Xian>China
Harbin>China
Urumqi|Ürümqi>China
Lhasa>China
Guangdong>China
Sichuan|Szechuan>China
Inner Mongolia>China
Macau|Macao
Kaohsiung
Hyderabad
Chennai|Madras>India
Ahmedabad>India
Pune|Poona>India
Jaipur>India
Lucknow>India
Amritsar>India
Srinagar>India
Varanasi|Benares>India
Agra>India
Ayodhya>India
Manipur>India
Punjab
Madhya Pradesh>India
Odisha|Orissa>India
Assam>India
Jammu and Kashmir|Jammu & Kashmir>India
Ladakh>India
Rawalpindi>Pakistan
Faisalabad>Pakistan
Peshawar>Pakistan
Quetta>Pakistan
Sindh>Pakistan
Balochistan|Baluchistan>Pakistan
Khyber Pakhtunkhwa>Pakistan
Waziristan|North Waziristan>Pakistan
Chittagong|Chattogram>Bangladesh
Cox's Bazar>Bangladesh
Colombo>Sri Lanka
Yangon|Rangoon>Myanmar
Mandalay>Myanmar
Naypyidaw|Naypyitaw|Nay Pyi Taw>Myanmar
Rakhine>Myanmar
Chiang Mai>Thailand
Phuket>Thailand
Phnom Penh>Cambodia
Penang>Malaysia
Surabaya>Indonesia
Aceh>Indonesia
Bali>Indonesia
Sumatra>Indonesia
Borneo
Davao|Davao City>Philippines
Mindanao>Philippines
Yokohama>Japan
Nagoya>Japan
Kyoto>Japan
Nagasaki>Japan
Fukushima>Japan
Okinawa>Japan
Hokkaido>Japan
Busan|Pusan>South Korea
Incheon|Inchon>South Korea
Ulaanbaatar|Ulan Bator>Mongolia
Almaty|Alma-Ata>Kazakhstan
Astana|Nur-Sultan>Kazakhstan
Bishkek>Kyrgyzstan
Nagorno-Karabakh|Karabakh>Azerbaijan
Abkhazia
South Ossetia
Kandahar>Afghanistan
Herat>Afghanistan
Mazar-i-Sharif|Mazar-e-Sharif>Afghanistan
Helmand>Afghanistan
Novosibirsk>Russia
Yekaterinburg|Ekaterinburg>Russia
Kazan>Russia
Nizhny Novgorod>Russia
Rostov-on-Don|Rostov>Russia
Volgograd|Stalingrad>Russia
Krasnodar>Russia
Sochi>Russia
Vladivostok>Russia
Kaliningrad|Königsberg>Russia
Murmansk>Russia
Belgorod>Russia
Kursk>Russia
Grozny>Russia
Dagestan>Russia
Kharkiv|Kharkov>Ukraine
Odesa|Odessa>Ukraine
Lviv|Lvov|Lwów>Ukraine
Dnipro|Dnipropetrovsk|Dnepr>Ukraine
Zaporizhzhia|Zaporizhia|Zaporozhye>Ukraine
Kherson>Ukraine
Mykolaiv|Nikolaev>Ukraine
Donetsk>Ukraine
Luhansk|Lugansk>Ukraine
Mariupol>Ukraine
Bakhmut|Artemivsk>Ukraine
Avdiivka>Ukraine
Kramatorsk>Ukraine
Pokrovsk>Ukraine
Sumy>Ukraine
Chernihiv>Ukraine
Bucha>Ukraine
Chernobyl|Chornobyl>Ukraine
Sevastopol>Ukraine
Melitopol>Ukraine
Chișinău|Chisinau|Kishinev>Moldova
Transnistria
Kraków|Krakow|Cracow>Poland
Gdańsk|Gdansk|Danzig>Poland
Wrocław|Wroclaw|Breslau>Poland
Łódź|Lodz>Poland
Auschwitz|Oświęcim|Oswiecim>Poland
Srebrenica>Bosnia and Herzegovina
Pristina|Prishtina>Kosovo
Skopje>North Macedonia
Tirana|Tiranë>Albania
Thessaloniki|Salonica>Greece
Crete>Greece
Rhodes>Greece
Lesbos|Lesvos>Greece
Nicosia>Cyprus
Valletta>Malta
Gaziantep>Türkiye
Diyarbakır|Diyarbakir>Türkiye
Antakya|Antioch>Türkiye
Bosphorus|Bosporus>Türkiye
Mashhad>Iran
Isfahan|Esfahan>Iran
Tabriz>Iran
Qom>Iran
Natanz>Iran
Fordow>Iran
Erbil|Irbil>Iraq
Kirkuk>Iraq
Sulaymaniyah|Sulaimaniyah>Iraq
Najaf>Iraq
Karbala>Iraq
Fallujah|Falluja>Iraq
Kurdistan Region|Iraqi Kurdistan>Iraq
Homs>Syria
Hama>Syria
Latakia>Syria
Idlib>Syria
Raqqa>Syria
Deir ez-Zor|Deir al-Zour|Deir Ezzor>Syria
Daraa|Deraa>Syria
Sweida|Suwayda>Syria
Tyre>Lebanon
Haifa>Israel
Eilat>Israel
Beersheba|Be'er Sheva|Beer Sheva>Israel
Ashkelon>Israel
Sderot>Israel
Nablus
Jenin
Hebron|Al-Khalil
Bethlehem
Jabalia|Jabaliya
Deir al-Balah
Mecca|Makkah>Saudi Arabia
Sharjah>United Arab Emirates
Sanaa|Sana'a>Yemen
Aden>Yemen
Hodeidah|Hudaydah>Yemen
Alexandria
Sharm el-Sheikh|Sharm El Sheikh>Egypt
Suez Canal>Egypt
Marrakech|Marrakesh>Morocco
Tangier|Tangiers>Morocco
Western Sahara
Port Sudan>Sudan
Omdurman>Sudan
El Fasher|Al-Fashir|El-Fasher>Sudan
Juba>South Sudan
Tigray>Ethiopia
Amhara>Ethiopia
Somaliland
Mombasa>Kenya
Zanzibar>Tanzania
Kigali>Rwanda
Goma>Congo
North Kivu>Congo
Lusaka>Zambia
Harare>Zimbabwe
Lilongwe>Malawi
Maputo>Mozambique
Antananarivo>Madagascar
Soweto>South Africa
KwaZulu-Natal>South Africa
Windhoek>Namibia
Kano>Nigeria
Port Harcourt>Nigeria
Maiduguri>Nigeria
Borno>Nigeria
Abidjan>Ivory Coast
Bamako>Mali
Ouagadougou>Burkina Faso
Niamey>Niger
Yaoundé|Yaounde>Cameroon
Freetown>Sierra Leone
Monrovia>Liberia
San Diego>United States
San Antonio>United States
San Jose|San José
Indianapolis>United States
Nashville>United States
Memphis>United States
Minneapolis>United States
Kansas City>United States
St. Louis|St Louis|Saint Louis>United States
Cleveland>United States
Pittsburgh>United States
Sacramento>United States
Portland>United States
Salt Lake City>United States
Honolulu>United States
Tampa>United States
Palm Beach>United States
Mar-a-Lago>United States
Charleston>United States
Buffalo>United States
Newark>United States
Manhattan>United States
Brooklyn>United States
El Paso>United States
Maui>United States
Capitol Hill>United States
Washington State>United States
New York State>United States
Guam>United States
Midwest>United States
Bay Area|San Francisco Bay Area>United States
Calgary>Canada
Edmonton>Canada
Winnipeg>Canada
Quebec City>Canada
Guadalajara>Mexico
Monterrey>Mexico
Tijuana>Mexico
Ciudad Juárez|Ciudad Juarez|Juárez|Juarez>Mexico
Cancún|Cancun>Mexico
Culiacán|Culiacan>Mexico
Sinaloa>Mexico
Michoacán|Michoacan>Mexico
Guatemala City>Guatemala
Tegucigalpa>Honduras
Managua>Nicaragua
Panama Canal>Panama
Port-au-Prince>Haiti
Santo Domingo>Dominican Republic
Guantánamo Bay|Guantanamo Bay|Guantanamo|Guantánamo>Cuba
Manaus>Brazil
Porto Alegre>Brazil
Rio Grande do Sul>Brazil
Amazon rainforest|Amazonia|Amazon basin
Patagonia
Medellín|Medellin>Colombia
Quito>Ecuador
Montevideo>Uruguay
Adelaide>Australia
Christchurch>New Zealand
New Caledonia>France
Cologne|Köln>Germany
Stuttgart>Germany
Düsseldorf|Dusseldorf>Germany
Leipzig>Germany
Dresden>Germany
Nuremberg|Nürnberg>Germany
Magdeburg>Germany
Saxony>Germany
Thuringia>Germany
Toulouse>France
Nice>France
Bordeaux>France
Calais>France
Normandy>France
Mayotte>France
Bologna>Italy
Palermo>Italy
Lombardy|Lombardia>Italy
Tuscany>Italy
Sardinia>Italy
Lampedusa>Italy
Seville|Sevilla>Spain
Valencia>Spain
Bilbao>Spain
Málaga|Malaga>Spain
Andalusia|Andalucía|Andalucia>Spain
Basque Country|Euskadi>Spain
Canary Islands|Canaries>Spain
Mallorca|Majorca>Spain
Ibiza>Spain
Gibraltar
Porto|Oporto>Portugal
Utrecht>Netherlands
Antwerp|Antwerpen>Belgium
Basel|Basle>Switzerland
Davos>Switzerland
Malmö|Malmo>Sweden
Reykjavík|Reykjavik>Iceland
Cork>Ireland
Salford>United Kingdom
Greater Manchester>United Kingdom
West Yorkshire>United Kingdom
South Yorkshire>United Kingdom
Merseyside>United Kingdom
West Midlands>United Kingdom
Hampshire>United Kingdom
Somerset>United Kingdom
Norfolk>United Kingdom
Suffolk>United Kingdom
Bath>United Kingdom
Hull|Kingston upon Hull>United Kingdom
Stoke-on-Trent|Stoke>United Kingdom
Wolverhampton>United Kingdom
Sunderland>United Kingdom
Middlesbrough>United Kingdom
Portsmouth>United Kingdom
Plymouth>United Kingdom
Norwich>United Kingdom
Canterbury>United Kingdom
Dover>United Kingdom
Salisbury>United Kingdom
Southport>United Kingdom
Westminster>United Kingdom
Aberdeen>United Kingdom
Dundee>United Kingdom
Inverness>United Kingdom
Swansea>United Kingdom
Derry|Londonderry>United Kingdom
Isle of Man
Falkland Islands|Falklands|Malvinas
Red Sea
Black Sea
South China Sea
Strait of Hormuz
Taiwan Strait
";

/// International organisations known by several names: `Canonical|alias|...`.
const ORGANIZATIONS: &str = "\
United Nations|UN|U.N.
European Union|EU
North Atlantic Treaty Organization|NATO|Nato|North Atlantic Treaty Organisation
International Court of Justice|ICJ|World Court
International Criminal Court|ICC
International Monetary Fund|IMF
World Health Organization|WHO|World Health Organisation
World Trade Organization|WTO|World Trade Organisation
Organisation of Islamic Cooperation|OIC|Organization of Islamic Cooperation
Organization of the Petroleum Exporting Countries|OPEC|Opec
World Bank
European Central Bank|ECB
Federal Reserve|Fed|US Federal Reserve
Bank of England
British Broadcasting Corporation|BBC
Red Cross|International Committee of the Red Cross|ICRC
Amnesty International
Human Rights Watch
African Union|AU
Arab League
Palestinian Authority|PA
Security Council|UN Security Council|United Nations Security Council
UNICEF|Unicef
UNRWA
Fifa|FIFA
Uefa|UEFA
International Olympic Committee|IOC
Microsoft
Google
Alphabet
Apple
Meta|Meta Platforms
Facebook
Instagram
WhatsApp
YouTube
TikTok
ByteDance
Netflix
Tesla
Nvidia
Intel
IBM
Oracle
Huawei
Alibaba
Tencent
Baidu
Xiaomi
OpenAI
SpaceX
Uber
Airbnb
Spotify
Twitter
LinkedIn
PayPal
eBay
Adobe
Qualcomm
Nokia
Ericsson
Siemens
Philips
Boeing
Airbus
Toyota
Volkswagen|VW
BMW
Mercedes-Benz
Honda
Hyundai
Renault
Stellantis
Rolls-Royce
Goldman Sachs
Morgan Stanley
Citigroup|Citi
Barclays
HSBC
Lloyds Banking Group
NatWest
UBS
BNP Paribas
Santander
BlackRock
Mastercard
Walmart
Tesco
Sainsbury's
Asda
Marks & Spencer|M&S
Carrefour
Nestlé|Nestle
Unilever
Procter & Gamble|P&G
Coca-Cola
PepsiCo
McDonald's
Starbucks
Nike
Adidas
Ikea|IKEA
BP
Shell|Royal Dutch Shell
ExxonMobil|Exxon Mobil|Exxon
Chevron
Saudi Aramco|Aramco
Gazprom
Rosneft
Petrobras
Pfizer
Moderna
AstraZeneca
Novartis
Roche
Johnson & Johnson
GSK|GlaxoSmithKline
Sanofi
Bayer
Novo Nordisk
Reuters
Associated Press
Agence France-Presse|AFP
Bloomberg
CNN
Al Jazeera
Ryanair
easyJet|EasyJet
Lufthansa
Qantas
Delta Air Lines
United Airlines
American Airlines
British Airways
Air France
KLM
Turkish Airlines
Met Office
National Health Service|NHS
Metropolitan Police|Met Police|Scotland Yard
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
NASA
European Space Agency|ESA
Interpol
Europol
Greenpeace
Oxfam
Médecins Sans Frontières|MSF|Doctors Without Borders
UNHCR
World Food Programme|WFP
Ofcom
Ofgem
Ofqual
Securities and Exchange Commission|SEC
National Cyber Security Centre|NCSC
";

/// National capitals among [`PLACES`], by canonical name: "the Kenyan
/// capital" is Nairobi. (Seats of government only where undisputed, so
/// not Pretoria or Jerusalem.)
const CAPITALS: &str = "Abu Dhabi,Abuja,Accra,Addis Ababa,Algiers,Amman,Amsterdam,Ankara,\
Antananarivo,Athens,Baghdad,Baku,Bamako,Bangkok,Beijing,Beirut,Belgrade,Berlin,Bern,Bishkek,\
Bogotá,Brasília,Bratislava,Brussels,Bucharest,Budapest,Buenos Aires,Cairo,Canberra,Caracas,\
Chișinău,Copenhagen,Dakar,Damascus,Dhaka,Doha,Dublin,Freetown,Guatemala City,Hanoi,Harare,\
Havana,Helsinki,Islamabad,Jakarta,Juba,Kabul,Kampala,Kathmandu,Khartoum,Kigali,Kinshasa,\
Kuala Lumpur,Kuwait City,Kyiv,Lilongwe,Lima,Lisbon,Ljubljana,London,Luanda,Lusaka,Madrid,\
Managua,Manila,Maputo,Mexico City,Minsk,Mogadishu,Monrovia,Montevideo,Moscow,Muscat,Nairobi,\
Naypyidaw,New Delhi,Niamey,Nicosia,Oslo,Ottawa,Ouagadougou,Paris,Phnom Penh,Port-au-Prince,\
Prague,Pristina,Pyongyang,Quito,Rabat,Reykjavík,Riga,Riyadh,Rome,Sanaa,Santiago,Santo Domingo,\
Sarajevo,Seoul,Skopje,Sofia,Stockholm,Tallinn,Tashkent,Tbilisi,Tegucigalpa,Tehran,Tirana,\
Tokyo,Tunis,Ulaanbaatar,Valletta,Vienna,Vilnius,Warsaw,Washington,Wellington,Windhoek,\
Yaoundé,Yerevan,Zagreb";

struct Tables {
    names: FastMap<String, Entry>,
    demonyms: FastMap<String, &'static str>,
    /// A place's canonical name → its country's canonical name.
    countries: FastMap<&'static str, &'static str>,
    max_words: usize,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut names = FastMap::default();
        let mut demonyms = FastMap::default();
        let mut max_words = 1;
        let mut add = |names: &mut FastMap<String, Entry>, list: &'static str, kind| {
            let canonical = list.split('|').next().unwrap_or(list);
            for alias in list.split('|') {
                max_words = max_words.max(alias.split(' ').count());
                names
                    .entry(fold(alias))
                    .or_insert(Entry { kind, canonical });
            }
        };
        for line in COUNTRIES.lines() {
            let mut parts = line.split(';');
            let aliases = parts.next().unwrap_or("");
            add(&mut names, aliases, EntityKind::Place);
            let canonical = aliases.split('|').next().unwrap_or(aliases);
            if let Some(dems) = parts.next() {
                for d in dems.split('|') {
                    demonyms.insert(fold(d), canonical);
                }
            }
        }
        let mut countries = FastMap::default();
        for line in PLACES.lines() {
            let (aliases, country) = match line.split_once('>') {
                Some((aliases, country)) => (aliases, Some(country)),
                None => (line, None),
            };
            add(&mut names, aliases, EntityKind::Place);
            if let Some(country) = country {
                countries.insert(aliases.split('|').next().unwrap_or(aliases), country);
            }
        }
        // "the Kenyan capital": each demonym of a capital's country, with
        // the word, is another name of the capital.
        for capital in CAPITALS.split(',') {
            let Some(country) = countries.get(capital) else {
                continue;
            };
            for (demonym, _) in demonyms.iter().filter(|(_, c)| *c == country) {
                names.entry(format!("{demonym} capital")).or_insert(Entry {
                    kind: EntityKind::Place,
                    canonical: capital,
                });
            }
        }
        for line in ORGANIZATIONS.lines() {
            add(&mut names, line, EntityKind::Organization);
        }
        names.remove("");
        Tables {
            names,
            demonyms,
            countries,
            max_words,
        }
    })
}

/// Looks a name up (case and accent insensitive; a leading "the" is ignored).
pub fn lookup(name: &str) -> Option<Entry> {
    let folded = fold(name);
    let t = tables();
    t.names
        .get(&folded)
        .or_else(|| folded.strip_prefix("the ").and_then(|s| t.names.get(s)))
        .copied()
}

/// Looks up an already folded name.
pub fn lookup_folded(folded: &str) -> Option<Entry> {
    tables().names.get(folded).copied()
}

/// The longest gazetteer name, in words; bounds multi-word lookups.
pub fn max_words() -> usize {
    tables().max_words
}

/// The country a city or region lies in, by any of its names: "Istanbul"
/// → "Türkiye", "Bengaluru" → "India"; `None` for countries, contested
/// places and what the gazetteer does not know.
pub fn country_of(place: &str) -> Option<&'static str> {
    let entry = lookup(place)?;
    tables().countries.get(entry.canonical).copied()
}

/// The country a demonym refers to: "Turkish" → "Türkiye".
pub fn demonym(word: &str) -> Option<&'static str> {
    tables().demonyms.get(&fold(word)).copied()
}

/// Same as [`demonym`] for an already folded word.
pub fn demonym_folded(folded: &str) -> Option<&'static str> {
    let demonyms = &tables().demonyms;
    demonyms.get(folded).copied().or_else(|| {
        // "Dutchman", "Frenchwomen", "Englishman": a demonym made a noun.
        ["women", "woman", "men", "man"].iter().find_map(|suffix| {
            let stem = folded.strip_suffix(suffix)?;
            demonyms.get(stem).copied()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_lies_in_its_country_by_any_of_its_names() {
        assert_eq!(country_of("İstanbul"), Some("Türkiye"));
        assert_eq!(country_of("Bengaluru"), Some("India"));
        assert_eq!(country_of("Texas"), Some("United States"));
        // Stop 23's additions, blind reads' misses among them.
        assert_eq!(country_of("Salford"), Some("United Kingdom"));
        assert_eq!(country_of("Greater Manchester"), Some("United Kingdom"));
        assert_eq!(country_of("Krakow"), Some("Poland"));
        assert_eq!(lookup("Kraków").unwrap().canonical, "Kraków");
        assert_eq!(country_of("Odessa"), Some("Ukraine"));
        // Companies and bodies that open sentences with no head word.
        for name in ["Tesco", "Netflix", "Goldman Sachs", "M&S", "Met Office"] {
            assert_eq!(
                lookup(name).map(|e| e.kind),
                Some(EntityKind::Organization),
                "{name}"
            );
        }
        // Countries, contested places and names several countries share.
        assert_eq!(country_of("Portugal"), None);
        assert_eq!(country_of("Gaza"), None);
        assert_eq!(country_of("Perth"), None);
        assert_eq!(country_of("Nowhere Town"), None);
        // Every country named is a country of the table.
        for line in PLACES.lines() {
            if let Some((_, country)) = line.split_once('>') {
                assert!(
                    COUNTRIES
                        .lines()
                        .any(|c| c.split([';', '|']).next() == Some(country)),
                    "{line}: {country} is not a country's canonical name"
                );
            }
        }
    }

    #[test]
    fn a_demonym_s_capital_is_the_capital() {
        assert_eq!(
            lookup("Kenyan capital").map(|e| e.canonical),
            Some("Nairobi")
        );
        assert_eq!(
            lookup("Turkish capital").map(|e| e.canonical),
            Some("Ankara")
        );
        assert_eq!(country_of("Peruvian capital"), Some("Peru"));
        // No capital listed, no name: the word alone names nothing.
        assert!(lookup("capital").is_none());
    }

    #[test]
    fn a_demonym_made_a_noun_is_a_demonym() {
        assert_eq!(demonym_folded("dutchman"), demonym_folded("dutch"));
        assert!(demonym_folded("frenchwomen").is_some());
        assert_eq!(demonym_folded("chairman"), None);
        assert_eq!(demonym_folded("woman"), None);
    }

    #[test]
    fn aliases_share_a_canonical_name() {
        assert_eq!(lookup("Britain").unwrap().canonical, "United Kingdom");
        assert_eq!(lookup("U.S.").unwrap().canonical, "United States");
        assert_eq!(lookup("the Netherlands").unwrap().canonical, "Netherlands");
        assert_eq!(lookup("ZÜRICH").unwrap().canonical, "Zurich");
    }

    #[test]
    fn organisations_are_not_places() {
        assert_eq!(lookup("NATO").unwrap().kind, EntityKind::Organization);
        assert_eq!(
            lookup("World Court").unwrap().canonical,
            "International Court of Justice"
        );
    }

    #[test]
    fn demonyms_are_not_names() {
        assert_eq!(demonym("German"), Some("Germany"));
        assert_eq!(demonym("Israelis"), Some("Israel"));
        assert!(lookup("German").is_none());
        assert!(demonym("Paris").is_none());
    }
}
