#include "records/CountryCatalog.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Spyline {

namespace {

struct CountryRow
{
    const char* code;
    const char* alpha3;
    const char* name; // in English; translated for display
    const char* otherNames; // '|' separated, from ISO's official and common names
};

// ISO 3166-1 (from the iso-codes data set), with the short English names people use.
constexpr CountryRow currentCountries[] = {
    {"AD", "AND", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Andorra"), "Principality of Andorra"},
    {"AE", "ARE", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "United Arab Emirates"), ""},
    {"AF", "AFG", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Afghanistan"), "Islamic Republic of Afghanistan"},
    {"AG", "ATG", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Antigua and Barbuda"), ""},
    {"AI", "AIA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Anguilla"), ""},
    {"AL", "ALB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Albania"), "Republic of Albania"},
    {"AM", "ARM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Armenia"), "Republic of Armenia"},
    {"AO", "AGO", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Angola"), "Republic of Angola"},
    {"AQ", "ATA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Antarctica"), ""},
    {"AR", "ARG", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Argentina"), "Argentine Republic"},
    {"AS", "ASM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "American Samoa"), ""},
    {"AT", "AUT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Austria"), "Republic of Austria"},
    {"AU", "AUS", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Australia"), ""},
    {"AW", "ABW", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Aruba"), ""},
    {"AX", "ALA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Åland Islands"), ""},
    {"AZ", "AZE", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Azerbaijan"), "Republic of Azerbaijan"},
    {"BA", "BIH", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Bosnia and Herzegovina"),
     "Republic of Bosnia and Herzegovina"},
    {"BB", "BRB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Barbados"), ""},
    {"BD", "BGD", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Bangladesh"), "People's Republic of Bangladesh"},
    {"BE", "BEL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Belgium"), "Kingdom of Belgium"},
    {"BF", "BFA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Burkina Faso"), ""},
    {"BG", "BGR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Bulgaria"), "Republic of Bulgaria"},
    {"BH", "BHR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Bahrain"), "Kingdom of Bahrain"},
    {"BI", "BDI", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Burundi"), "Republic of Burundi"},
    {"BJ", "BEN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Benin"), "Republic of Benin"},
    {"BL", "BLM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Saint Barthélemy"), ""},
    {"BM", "BMU", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Bermuda"), ""},
    {"BN", "BRN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Brunei"), "Brunei Darussalam"},
    {"BO", "BOL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Bolivia"),
     "Bolivia, Plurinational State of|Plurinational State of Bolivia"},
    {"BQ", "BES", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Caribbean Netherlands"),
     "Bonaire, Sint Eustatius and Saba"},
    {"BR", "BRA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Brazil"), "Federative Republic of Brazil"},
    {"BS", "BHS", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Bahamas"), "Commonwealth of the Bahamas"},
    {"BT", "BTN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Bhutan"), "Kingdom of Bhutan"},
    {"BV", "BVT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Bouvet Island"), ""},
    {"BW", "BWA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Botswana"), "Republic of Botswana"},
    {"BY", "BLR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Belarus"), "Republic of Belarus"},
    {"BZ", "BLZ", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Belize"), ""},
    {"CA", "CAN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Canada"), ""},
    {"CC", "CCK", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Cocos (Keeling) Islands"), ""},
    {"CD", "COD", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Democratic Republic of the Congo"),
     "Congo, The Democratic Republic of the"},
    {"CF", "CAF", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Central African Republic"), ""},
    {"CG", "COG", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Republic of the Congo"), "Congo"},
    {"CH", "CHE", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Switzerland"), "Swiss Confederation"},
    {"CI", "CIV", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Côte d'Ivoire"), "Republic of Côte d'Ivoire"},
    {"CK", "COK", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Cook Islands"), ""},
    {"CL", "CHL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Chile"), "Republic of Chile"},
    {"CM", "CMR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Cameroon"), "Republic of Cameroon"},
    {"CN", "CHN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "China"), "People's Republic of China"},
    {"CO", "COL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Colombia"), "Republic of Colombia"},
    {"CR", "CRI", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Costa Rica"), "Republic of Costa Rica"},
    {"CU", "CUB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Cuba"), "Republic of Cuba"},
    {"CV", "CPV", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Cabo Verde"), "Republic of Cabo Verde"},
    {"CW", "CUW", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Curaçao"), ""},
    {"CX", "CXR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Christmas Island"), ""},
    {"CY", "CYP", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Cyprus"), "Republic of Cyprus"},
    {"CZ", "CZE", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Czechia"), "Czech Republic"},
    {"DE", "DEU", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Germany"), "Federal Republic of Germany"},
    {"DJ", "DJI", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Djibouti"), "Republic of Djibouti"},
    {"DK", "DNK", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Denmark"), "Kingdom of Denmark"},
    {"DM", "DMA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Dominica"), "Commonwealth of Dominica"},
    {"DO", "DOM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Dominican Republic"), ""},
    {"DZ", "DZA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Algeria"), "People's Democratic Republic of Algeria"},
    {"EC", "ECU", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Ecuador"), "Republic of Ecuador"},
    {"EE", "EST", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Estonia"), "Republic of Estonia"},
    {"EG", "EGY", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Egypt"), "Arab Republic of Egypt"},
    {"EH", "ESH", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Western Sahara"), ""},
    {"ER", "ERI", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Eritrea"), "the State of Eritrea"},
    {"ES", "ESP", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Spain"), "Kingdom of Spain"},
    {"ET", "ETH", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Ethiopia"), "Federal Democratic Republic of Ethiopia"},
    {"FI", "FIN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Finland"), "Republic of Finland"},
    {"FJ", "FJI", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Fiji"), "Republic of Fiji"},
    {"FK", "FLK", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Falkland Islands"), "Falkland Islands (Malvinas)"},
    {"FM", "FSM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Micronesia"),
     "Micronesia, Federated States of|Federated States of Micronesia"},
    {"FO", "FRO", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Faroe Islands"), ""},
    {"FR", "FRA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "France"), "French Republic"},
    {"GA", "GAB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Gabon"), "Gabonese Republic"},
    {"GB", "GBR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "United Kingdom"),
     "United Kingdom of Great Britain and Northern Ireland"},
    {"GD", "GRD", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Grenada"), ""},
    {"GE", "GEO", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Georgia"), ""},
    {"GF", "GUF", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "French Guiana"), ""},
    {"GG", "GGY", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Guernsey"), ""},
    {"GH", "GHA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Ghana"), "Republic of Ghana"},
    {"GI", "GIB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Gibraltar"), ""},
    {"GL", "GRL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Greenland"), ""},
    {"GM", "GMB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Gambia"), "Republic of the Gambia"},
    {"GN", "GIN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Guinea"), "Republic of Guinea"},
    {"GP", "GLP", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Guadeloupe"), ""},
    {"GQ", "GNQ", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Equatorial Guinea"), "Republic of Equatorial Guinea"},
    {"GR", "GRC", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Greece"), "Hellenic Republic"},
    {"GS", "SGS", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "South Georgia and the South Sandwich Islands"), ""},
    {"GT", "GTM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Guatemala"), "Republic of Guatemala"},
    {"GU", "GUM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Guam"), ""},
    {"GW", "GNB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Guinea-Bissau"), "Republic of Guinea-Bissau"},
    {"GY", "GUY", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Guyana"), "Republic of Guyana"},
    {"HK", "HKG", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Hong Kong"),
     "Hong Kong Special Administrative Region of China"},
    {"HM", "HMD", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Heard Island and McDonald Islands"), ""},
    {"HN", "HND", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Honduras"), "Republic of Honduras"},
    {"HR", "HRV", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Croatia"), "Republic of Croatia"},
    {"HT", "HTI", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Haiti"), "Republic of Haiti"},
    {"HU", "HUN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Hungary"), ""},
    {"ID", "IDN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Indonesia"), "Republic of Indonesia"},
    {"IE", "IRL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Ireland"), ""},
    {"IL", "ISR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Israel"), "State of Israel"},
    {"IM", "IMN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Isle of Man"), ""},
    {"IN", "IND", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "India"), "Republic of India"},
    {"IO", "IOT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "British Indian Ocean Territory"), ""},
    {"IQ", "IRQ", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Iraq"), "Republic of Iraq"},
    {"IR", "IRN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Iran"),
     "Iran, Islamic Republic of|Islamic Republic of Iran"},
    {"IS", "ISL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Iceland"), "Republic of Iceland"},
    {"IT", "ITA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Italy"), "Italian Republic"},
    {"JE", "JEY", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Jersey"), ""},
    {"JM", "JAM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Jamaica"), ""},
    {"JO", "JOR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Jordan"), "Hashemite Kingdom of Jordan"},
    {"JP", "JPN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Japan"), ""},
    {"KE", "KEN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Kenya"), "Republic of Kenya"},
    {"KG", "KGZ", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Kyrgyzstan"), "Kyrgyz Republic"},
    {"KH", "KHM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Cambodia"), "Kingdom of Cambodia"},
    {"KI", "KIR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Kiribati"), "Republic of Kiribati"},
    {"KM", "COM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Comoros"), "Union of the Comoros"},
    {"KN", "KNA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Saint Kitts and Nevis"), ""},
    {"KP", "PRK", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "North Korea"),
     "Korea, Democratic People's Republic of|Democratic People's Republic of Korea"},
    {"KR", "KOR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "South Korea"), "Korea, Republic of"},
    {"KW", "KWT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Kuwait"), "State of Kuwait"},
    {"KY", "CYM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Cayman Islands"), ""},
    {"KZ", "KAZ", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Kazakhstan"), "Republic of Kazakhstan"},
    {"LA", "LAO", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Laos"), "Lao People's Democratic Republic"},
    {"LB", "LBN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Lebanon"), "Lebanese Republic"},
    {"LC", "LCA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Saint Lucia"), ""},
    {"LI", "LIE", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Liechtenstein"), "Principality of Liechtenstein"},
    {"LK", "LKA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Sri Lanka"),
     "Democratic Socialist Republic of Sri Lanka"},
    {"LR", "LBR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Liberia"), "Republic of Liberia"},
    {"LS", "LSO", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Lesotho"), "Kingdom of Lesotho"},
    {"LT", "LTU", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Lithuania"), "Republic of Lithuania"},
    {"LU", "LUX", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Luxembourg"), "Grand Duchy of Luxembourg"},
    {"LV", "LVA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Latvia"), "Republic of Latvia"},
    {"LY", "LBY", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Libya"), ""},
    {"MA", "MAR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Morocco"), "Kingdom of Morocco"},
    {"MC", "MCO", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Monaco"), "Principality of Monaco"},
    {"MD", "MDA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Moldova"), "Moldova, Republic of|Republic of Moldova"},
    {"ME", "MNE", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Montenegro"), ""},
    {"MF", "MAF", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Saint Martin (French part)"), ""},
    {"MG", "MDG", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Madagascar"), "Republic of Madagascar"},
    {"MH", "MHL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Marshall Islands"), "Republic of the Marshall Islands"},
    {"MK", "MKD", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "North Macedonia"), "Republic of North Macedonia"},
    {"ML", "MLI", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Mali"), "Republic of Mali"},
    {"MM", "MMR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Myanmar"), "Republic of Myanmar"},
    {"MN", "MNG", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Mongolia"), ""},
    {"MO", "MAC", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Macao"),
     "Macao Special Administrative Region of China"},
    {"MP", "MNP", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Northern Mariana Islands"),
     "Commonwealth of the Northern Mariana Islands"},
    {"MQ", "MTQ", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Martinique"), ""},
    {"MR", "MRT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Mauritania"), "Islamic Republic of Mauritania"},
    {"MS", "MSR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Montserrat"), ""},
    {"MT", "MLT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Malta"), "Republic of Malta"},
    {"MU", "MUS", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Mauritius"), "Republic of Mauritius"},
    {"MV", "MDV", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Maldives"), "Republic of Maldives"},
    {"MW", "MWI", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Malawi"), "Republic of Malawi"},
    {"MX", "MEX", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Mexico"), "United Mexican States"},
    {"MY", "MYS", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Malaysia"), ""},
    {"MZ", "MOZ", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Mozambique"), "Republic of Mozambique"},
    {"NA", "NAM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Namibia"), "Republic of Namibia"},
    {"NC", "NCL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "New Caledonia"), ""},
    {"NE", "NER", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Niger"), "Republic of the Niger"},
    {"NF", "NFK", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Norfolk Island"), ""},
    {"NG", "NGA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Nigeria"), "Federal Republic of Nigeria"},
    {"NI", "NIC", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Nicaragua"), "Republic of Nicaragua"},
    {"NL", "NLD", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Netherlands"), "Kingdom of the Netherlands"},
    {"NO", "NOR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Norway"), "Kingdom of Norway"},
    {"NP", "NPL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Nepal"), "Federal Democratic Republic of Nepal"},
    {"NR", "NRU", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Nauru"), "Republic of Nauru"},
    {"NU", "NIU", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Niue"), ""},
    {"NZ", "NZL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "New Zealand"), ""},
    {"OM", "OMN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Oman"), "Sultanate of Oman"},
    {"PA", "PAN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Panama"), "Republic of Panama"},
    {"PE", "PER", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Peru"), "Republic of Peru"},
    {"PF", "PYF", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "French Polynesia"), ""},
    {"PG", "PNG", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Papua New Guinea"),
     "Independent State of Papua New Guinea"},
    {"PH", "PHL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Philippines"), "Republic of the Philippines"},
    {"PK", "PAK", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Pakistan"), "Islamic Republic of Pakistan"},
    {"PL", "POL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Poland"), "Republic of Poland"},
    {"PM", "SPM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Saint Pierre and Miquelon"), ""},
    {"PN", "PCN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Pitcairn"), ""},
    {"PR", "PRI", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Puerto Rico"), ""},
    {"PS", "PSE", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Palestine"),
     "Palestine, State of|the State of Palestine"},
    {"PT", "PRT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Portugal"), "Portuguese Republic"},
    {"PW", "PLW", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Palau"), "Republic of Palau"},
    {"PY", "PRY", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Paraguay"), "Republic of Paraguay"},
    {"QA", "QAT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Qatar"), "State of Qatar"},
    {"RE", "REU", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Réunion"), ""},
    {"RO", "ROU", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Romania"), ""},
    {"RS", "SRB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Serbia"), "Republic of Serbia"},
    {"RU", "RUS", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Russia"), "Russian Federation"},
    {"RW", "RWA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Rwanda"), "Rwandese Republic"},
    {"SA", "SAU", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Saudi Arabia"), "Kingdom of Saudi Arabia"},
    {"SB", "SLB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Solomon Islands"), ""},
    {"SC", "SYC", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Seychelles"), "Republic of Seychelles"},
    {"SD", "SDN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Sudan"), "Republic of the Sudan"},
    {"SE", "SWE", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Sweden"), "Kingdom of Sweden"},
    {"SG", "SGP", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Singapore"), "Republic of Singapore"},
    {"SH", "SHN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Saint Helena"),
     "Saint Helena, Ascension and Tristan da Cunha"},
    {"SI", "SVN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Slovenia"), "Republic of Slovenia"},
    {"SJ", "SJM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Svalbard and Jan Mayen"), ""},
    {"SK", "SVK", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Slovakia"), "Slovak Republic"},
    {"SL", "SLE", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Sierra Leone"), "Republic of Sierra Leone"},
    {"SM", "SMR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "San Marino"), "Republic of San Marino"},
    {"SN", "SEN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Senegal"), "Republic of Senegal"},
    {"SO", "SOM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Somalia"), "Federal Republic of Somalia"},
    {"SR", "SUR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Suriname"), "Republic of Suriname"},
    {"SS", "SSD", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "South Sudan"), "Republic of South Sudan"},
    {"ST", "STP", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Sao Tome and Principe"),
     "Democratic Republic of Sao Tome and Principe"},
    {"SV", "SLV", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "El Salvador"), "Republic of El Salvador"},
    {"SX", "SXM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Sint Maarten (Dutch part)"), ""},
    {"SY", "SYR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Syria"), "Syrian Arab Republic"},
    {"SZ", "SWZ", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Eswatini"), "Kingdom of Eswatini"},
    {"TC", "TCA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Turks and Caicos Islands"), ""},
    {"TD", "TCD", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Chad"), "Republic of Chad"},
    {"TF", "ATF", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "French Southern Territories"), ""},
    {"TG", "TGO", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Togo"), "Togolese Republic"},
    {"TH", "THA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Thailand"), "Kingdom of Thailand"},
    {"TJ", "TJK", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Tajikistan"), "Republic of Tajikistan"},
    {"TK", "TKL", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Tokelau"), ""},
    {"TL", "TLS", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Timor-Leste"), "Democratic Republic of Timor-Leste"},
    {"TM", "TKM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Turkmenistan"), ""},
    {"TN", "TUN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Tunisia"), "Republic of Tunisia"},
    {"TO", "TON", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Tonga"), "Kingdom of Tonga"},
    {"TR", "TUR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Türkiye"), "Republic of Türkiye"},
    {"TT", "TTO", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Trinidad and Tobago"),
     "Republic of Trinidad and Tobago"},
    {"TV", "TUV", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Tuvalu"), ""},
    {"TW", "TWN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Taiwan"), "Taiwan, Province of China"},
    {"TZ", "TZA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Tanzania"),
     "Tanzania, United Republic of|United Republic of Tanzania"},
    {"UA", "UKR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Ukraine"), ""},
    {"UG", "UGA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Uganda"), "Republic of Uganda"},
    {"UM", "UMI", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "US Minor Outlying Islands"),
     "United States Minor Outlying Islands"},
    {"US", "USA", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "United States"), "United States of America"},
    {"UY", "URY", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Uruguay"), "Eastern Republic of Uruguay"},
    {"UZ", "UZB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Uzbekistan"), "Republic of Uzbekistan"},
    {"VA", "VAT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Vatican City"), "Holy See (Vatican City State)"},
    {"VC", "VCT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Saint Vincent and the Grenadines"), ""},
    {"VE", "VEN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Venezuela"),
     "Venezuela, Bolivarian Republic of|Bolivarian Republic of Venezuela"},
    {"VG", "VGB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "British Virgin Islands"), "Virgin Islands, British"},
    {"VI", "VIR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "US Virgin Islands"),
     "Virgin Islands, U.S.|Virgin Islands of the United States"},
    {"VN", "VNM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Vietnam"), "Viet Nam|Socialist Republic of Viet Nam"},
    {"VU", "VUT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Vanuatu"), "Republic of Vanuatu"},
    {"WF", "WLF", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Wallis and Futuna"), ""},
    {"WS", "WSM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Samoa"), "Independent State of Samoa"},
    {"YE", "YEM", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Yemen"), "Republic of Yemen"},
    {"YT", "MYT", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Mayotte"), ""},
    {"ZA", "ZAF", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "South Africa"), "Republic of South Africa"},
    {"ZM", "ZMB", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Zambia"), "Republic of Zambia"},
    {"ZW", "ZWE", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Zimbabwe"), "Republic of Zimbabwe"},
    {"XK", "XKX", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Kosovo"), ""},
};

// Former states that espionage history needs, under their ISO 3166-3 codes. West Germany has no
// ISO 3166-3 entry (ISO kept DE for the Federal Republic), so Spyline gives it DEDE.
constexpr CountryRow formerCountries[] = {
    {"SUHH", "SUN", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Soviet Union"),
     "USSR|Union of Soviet Socialist Republics|SU"},
    {"DDDE", "DDR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "East Germany"), "German Democratic Republic|GDR|DD"},
    {"DEDE", "", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "West Germany"),
     "Federal Republic of Germany (1949-1990)|FRG|BRD"},
    {"CSHH", "CSK", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Czechoslovakia"),
     "Czechoslovak Socialist Republic|CS"},
    {"YUCS", "YUG", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Yugoslavia"),
     "Socialist Federal Republic of Yugoslavia|YU"},
    {"CSXX", "SCG", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Serbia and Montenegro"), ""},
    {"VDVN", "VDR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "North Vietnam"), "Democratic Republic of Vietnam"},
    {"YDYE", "YMD", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "South Yemen"),
     "People's Democratic Republic of Yemen"},
    {"ZRCD", "ZAR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Zaire"), "Republic of Zaire"},
    {"BUMM", "BUR", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Burma (1974-1989)"), ""},
    {"RHZW", "RHO", QT_TRANSLATE_NOOP("Spyline::CountryCatalog", "Rhodesia"), "Southern Rhodesia"},
};

// Names in everyday use that ISO does not list.
constexpr std::pair<const char*, const char*> everydayNames[] = {
    {"USA", "US"},
    {"U.S.", "US"},
    {"U.S.A.", "US"},
    {"America", "US"},
    {"UK", "GB"},
    {"U.K.", "GB"},
    {"Britain", "GB"},
    {"Great Britain", "GB"},
    {"England", "GB"},
    {"Scotland", "GB"},
    {"Wales", "GB"},
    {"Northern Ireland", "GB"},
    {"Burma", "MM"},
    {"Holland", "NL"},
    {"Turkey", "TR"},
    {"Czech Republic", "CZ"},
    {"Ivory Coast", "CI"},
    {"Macau", "MO"},
    {"Vatican", "VA"},
    {"Swaziland", "SZ"},
    {"Cape Verde", "CV"},
    {"East Timor", "TL"},
    {"Macedonia", "MK"},
    {"PRC", "CN"},
    {"Mainland China", "CN"},
    {"ROK", "KR"},
    {"DPRK", "KP"},
    {"Korea", "KR"},
    {"UAE", "AE"},
    {"Soviet Russia", "SUHH"},
    {"ROC", "TW"},
    {"Republic of China", "TW"},
    {"Persia", "IR"},
};

// Names in the country's own languages, as sources in those languages write them.
constexpr std::pair<const char*, const char*> nativeNames[] = {
    {"中国", "CN"},
    {"中國", "CN"},
    {"中华人民共和国", "CN"},
    {"中華人民共和國", "CN"},
    {"Zhongguo", "CN"},
    {"台灣", "TW"},
    {"臺灣", "TW"},
    {"台湾", "TW"},
    {"中華民國", "TW"},
    {"香港", "HK"},
    {"澳門", "MO"},
    {"澳门", "MO"},
    {"Россия", "RU"},
    {"Российская Федерация", "RU"},
    {"Rossiya", "RU"},
    {"СССР", "SUHH"},
    {"Советский Союз", "SUHH"},
    {"日本", "JP"},
    {"Nippon", "JP"},
    {"Nihon", "JP"},
    {"대한민국", "KR"},
    {"한국", "KR"},
    {"韩国", "KR"},
    {"韓國", "KR"},
    {"조선", "KP"},
    {"朝鲜", "KP"},
    {"北朝鲜", "KP"},
    {"北韓", "KP"},
    {"Deutschland", "DE"},
    {"DDR", "DDDE"},
    {"Italia", "IT"},
    {"España", "ES"},
    {"Österreich", "AT"},
    {"Schweiz", "CH"},
    {"Suisse", "CH"},
    {"Svizzera", "CH"},
    {"Nederland", "NL"},
    {"België", "BE"},
    {"Belgique", "BE"},
    {"Polska", "PL"},
    {"Česko", "CZ"},
    {"Česká republika", "CZ"},
    {"Magyarország", "HU"},
    {"Sverige", "SE"},
    {"Norge", "NO"},
    {"Suomi", "FI"},
    {"Danmark", "DK"},
    {"Ελλάδα", "GR"},
    {"Україна", "UA"},
    {"Беларусь", "BY"},
    {"Қазақстан", "KZ"},
    {"Монгол Улс", "MN"},
    {"ישראל", "IL"},
    {"إسرائيل", "IL"},
    {"ایران", "IR"},
    {"مصر", "EG"},
    {"السعودية", "SA"},
    {"پاکستان", "PK"},
    {"भारत", "IN"},
    {"Bharat", "IN"},
    {"Việt Nam", "VN"},
    {"ประเทศไทย", "TH"},
    {"新加坡", "SG"},
    {"Brasil", "BR"},
    {"México", "MX"},
    {"Türkiye Cumhuriyeti", "TR"},
    {"România", "RO"},
    {"България", "BG"},
    {"Србија", "RS"},
    {"Hrvatska", "HR"},
};

// A short form written like a code ("US", "PRC", "U.K."): it means a country only when typed whole.
bool isCodeLike(const QString& key)
{
    return key.size() <= 5
        && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return (c >= u'A' && c <= u'Z') || c == u'.'; });
}

struct Catalog
{
    QList<Country> countries;
    QList<const char*> sourceNames; // the English names as the translations know them
    QHash<QString, QString> codeByKey; // case-folded code or name -> canonical code
    QHash<QString, int> indexByCode;
    QHash<QString, QStringList> namesByCode; // case-folded names, official, everyday and native

    Catalog()
    {
        const auto add = [this](const CountryRow& row, bool former) {
            const QString code = QString::fromLatin1(row.code);
            indexByCode.insert(code, static_cast<int>(countries.size()));
            countries.append(Country {code, QString::fromUtf8(row.name), former});
            sourceNames.append(row.name);
            addKey(code, code);
            if (*row.alpha3)
                addKey(QString::fromLatin1(row.alpha3), code);
            addKey(QString::fromUtf8(row.name), code);
            const QString others = QString::fromUtf8(row.otherNames);
            for (const auto& other : others.split(u'|', Qt::SkipEmptyParts))
                addKey(other, code);
        };
        for (const auto& row : currentCountries)
            add(row, false);
        for (const auto& row : formerCountries)
            add(row, true);
        for (const auto& [name, code] : everydayNames)
            addKey(QString::fromUtf8(name), QString::fromLatin1(code));
        for (const auto& [name, code] : nativeNames)
            addKey(QString::fromUtf8(name), QString::fromLatin1(code));
    }

    void addKey(const QString& key, const QString& code)
    {
        // The first meaning wins: "CS" stays Czechoslovakia, which espionage history means by it.
        const QString folded = key.toCaseFolded();
        if (!codeByKey.contains(folded))
            codeByKey.insert(folded, code);
        if (!isCodeLike(key) && key != code)
            namesByCode[code].append(folded);
    }
};

const Catalog& catalog()
{
    static const Catalog instance;
    return instance;
}

QString translatedName(const char* english)
{
    return QCoreApplication::translate("Spyline::CountryCatalog", english);
}

} // namespace

const QList<Country>& CountryCatalog::all()
{
    return catalog().countries;
}

std::optional<QString> CountryCatalog::resolve(QStringView codeOrName)
{
    const QString key = codeOrName.trimmed().toString().toCaseFolded();
    if (key.isEmpty())
        return std::nullopt;
    const Catalog& cat = catalog();
    if (const auto it = cat.codeByKey.constFind(key); it != cat.codeByKey.constEnd())
        return *it;
    // A name as Spyline shows it in the language it speaks: what a person sees, they may type.
    for (qsizetype i = 0; i < cat.countries.size(); ++i) {
        if (translatedName(cat.sourceNames.at(i)).toCaseFolded() == key)
            return cat.countries.at(i).code;
    }
    return std::nullopt;
}

QString CountryCatalog::name(QStringView code)
{
    const auto& cat = catalog();
    const auto it = cat.indexByCode.constFind(code.toString());
    if (it == cat.indexByCode.constEnd())
        return code.toString();
    return translatedName(cat.sourceNames.at(*it));
}

QString CountryCatalog::englishName(QStringView code)
{
    const auto& cat = catalog();
    const auto it = cat.indexByCode.constFind(code.toString());
    if (it == cat.indexByCode.constEnd())
        return code.toString();
    return cat.countries.at(*it).name;
}

QStringList CountryCatalog::suggest(QStringView typed, int limit)
{
    const QString key = typed.trimmed().toString().toCaseFolded();
    if (key.isEmpty() || limit <= 0)
        return {};
    const Catalog& cat = catalog();
    // Lower is better: what the text means exactly, then names that start with it, then names
    // with a word that starts with it, then names that contain it.
    enum Rank
    {
        Exact,
        NameStarts,
        WordStarts,
        Contains,
        NoMatch,
    };
    const auto rankOf = [&](const QString& name) {
        if (name.startsWith(key))
            return NameStarts;
        for (qsizetype at = name.indexOf(key); at > 0; at = name.indexOf(key, at + 1)) {
            if (!name.at(at - 1).isLetterOrNumber())
                return WordStarts;
        }
        return name.contains(key) ? Contains : NoMatch;
    };
    const std::optional<QString> exact = resolve(typed);
    QList<std::pair<int, int>> ranked; // rank, index into countries
    for (int i = 0; i < cat.countries.size(); ++i) {
        const Country& country = cat.countries.at(i);
        Rank best = exact == country.code ? Exact : rankOf(country.name.toCaseFolded());
        if (best != Exact)
            best = std::min(best, rankOf(translatedName(cat.sourceNames.at(i)).toCaseFolded()));
        for (const QString& name : cat.namesByCode.value(country.code)) {
            if (best == Exact)
                break;
            best = std::min(best, rankOf(name));
        }
        if (best != NoMatch)
            ranked.append({best, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first < b.first;
        return QString::localeAwareCompare(cat.countries.at(a.second).name, cat.countries.at(b.second).name) < 0;
    });
    QStringList codes;
    for (const auto& [rank, index] : ranked) {
        if (codes.size() >= limit)
            break;
        codes.append(cat.countries.at(index).code);
    }
    return codes;
}

bool CountryCatalog::isKnownCode(QStringView code)
{
    return catalog().indexByCode.contains(code.toString());
}

} // namespace Spyline
