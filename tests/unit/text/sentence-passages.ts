/**
 * Real Dutch parliamentary passages labeled by hand for sentence boundaries, for the splitter tests
 * and scripts/measure-sentences.ts. A passage's text is its sentences joined by one space (the
 * source text with white space collapsed).
 *
 * DEV_PASSAGES: the 26 passages of scripts/measure-dates.ts, every fixture-page paragraph (and
 * brief-example line) with a possible sentence end inside, and the lines of
 * tests/fixtures/labeled/dates.jsonl that have one. The plain splitter was written looking at
 * these, so its score on them is optimistic. Left out: the placeholder paragraph of
 * kst-30821-90.html, and two dates.jsonl lines that join separate blocks of their page (an agenda,
 * a dateline). Every ".", "?", "!" followed by white space was decided by reading; the one boundary
 * without a full stop ("… nr. 2) Op dezelfde dag …", kst-35165-9, as published) is labeled too.
 */
export interface LabeledPassage {
  /** Where the text comes from. */
  source: string;
  sentences: string[];
}

export const passageText = (passage: LabeledPassage): string => passage.sentences.join(' ');

export const DEV_PASSAGES: LabeledPassage[] = [
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'De motie-Wassenberg (21501-08, nr. 719) is in die zin gewijzigd dat zij thans luidt:',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'In stemming komt de gewijzigde motie-Wassenberg (21501-08, nr. 726, was nr. 719).',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: ['Zij krijgt nr. 726, was nr. 719 (21501-08).'],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'De vaste commissie voor Binnenlandse Zaken heeft mij bij brief van 26 maart jl. gevraagd ruim voor het zomerreces de evaluatie van de verkiezingen voor provinciale staten en waterschappen aan de Kamer te doen toekomen.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'Daarnaast is op 28 februari jl. het wetsvoorstel uitbreiding strafbaarheid spionage in consultatie gegaan die een nieuwe bepaling aan het Wetboek van Strafrecht toevoegt.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'De Minister van SZW heeft de Kamer per brief d.d. 2 mei 2011 geïnformeerd over de uitvoering van de motie Slob/de Rouwe over de werktijdverkortingsregeling voor de binnenvaart.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'Zoals tijdens het hoofdlijnendebat op 17 februari jl. aangekondigd, werk ik daarom aan het Nationaal MilieuProgramma (NMP).',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'In mijn brief van 25 oktober jl.1 heb ik uw Kamer geïnformeerd over de uitkomsten van de derde monitor abonnementstarief.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'Uit de Factsheet Strafrechtketen 2017 die op 29 juni jl. aan uw Kamer is aangeboden, blijkt dat 90 procent van vrijheidsstraffen binnen twee jaar een gevolg krijgt.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'Het voorstel voor Reglementswijziging vloeit voort uit de aanbevelingen in het verslag van de Tijdelijke commissie werkwijze Eerste Kamer1, waarover de Kamer op 24 oktober jl. plenair heeft gedebatteerd.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'Het kabinet heeft in dit verband op 1 januari jl. maatregelen getroffen, die ook de functie begeleiding raken.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      '-het wetsvoorstel Goedkeuring van de op 24 november 2017 te Brussel tot stand gekomen Brede en versterkte partnerschapsovereenkomst tussen de Europese Unie en de Europese Gemeenschap voor Atoomenergie en hun lidstaten, enerzijds, en de Republiek Armenië, anderzijds (met Bijlagen, Protocollen en Gezamenlijke Verklaring) (Trb. 2018, 41) (35279).',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'Ik deel aan de Kamer mee dat de fractie van GroenLinks bij de stemmingen op 26 november jongstleden over de motie-Becker c.s. (35300-VI, nr. 37) geacht wenst te worden vóór deze motie te hebben gestemd.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'Met de brief van 20 november 2019 (Kamerstuk 32 761 en 30 821, Nr. 152) is aan die eerdere toezegging gestand gedaan.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      '-de motie-Remco Dijkstra c.s. over een voortvarende aanpak van de A67 tot Geldrop (35000-A, nr. 39);',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      '- de motie-M.B. Vos over ontmoediging van vliegen op korte en middellange afstand (22026, nr. 33);',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'Bij Kabinetsmissive van 20 februari 2020, no.2020000369, heeft Uwe Majesteit, op voordracht van de Minister van Binnenlandse Zaken en Koninkrijksrelaties, mede namens de Minister-President, de Minister van Algemene Zaken, bij de Afdeling advisering van de Raad van State ter overweging aanhangig gemaakt het voorstel van wet.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'De stukken, die hierbij openbaar worden gemaakt, bevatten een mail van 5 juni 2019 van mevrouw González Pérez richting de secretaresse van de voormalig Staatssecretaris dhr. Snel.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      '- in de vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer het lid Th.A.M. Meijer tot lid in de bestaande vacature en het lid Leers tot plv. lid in plaats van het lid Bijleveld-Schouten;',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'Uit de budgettaire bijlage bij het hoofdlijnenakkoord volgt dat de apparaatsuitgaven structureel met circa 1 mld. worden verminderd.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: ['SVB Uitvoeringstoets verhoging kindgebonden budget m.i.v. 1 januari 2025'],
  },
  {
    source: 'scripts/measure-dates.ts (one sentence)',
    sentences: [
      'Aan de orde zijn de stemmingen over moties, ingediend bij het VSO Informele Milieuraad d.d. 10-11 april 2018,',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (two sentences)',
    sentences: [
      'De Minister heeft deze vragen beantwoord bij brief van 12 september 2022.',
      'Vragen en antwoorden zijn hierna afgedrukt.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (two sentences)',
    sentences: [
      'De Staatssecretaris heeft deze vragen beantwoord bij brief van 3 december 2018.',
      'Vragen en antwoorden zijn hierna afgedrukt.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (two sentences)',
    sentences: [
      'De vragen en opmerkingen zijn op 22 maart 2023 aan de Staatssecretaris van Financiën voorgelegd.',
      'Bij brief van 17 mei 2023 zijn de vragen beantwoord.',
    ],
  },
  {
    source: 'scripts/measure-dates.ts (two sentences)',
    sentences: [
      'Het verslag wordt ongewijzigd vastgesteld.',
      'Naar aanleiding van het verslag besluit het CVO om in de Raming 2025 en in de Voorjaarsnota 2024 een korte toelichting op te nemen over de Kamerbrede ondersteuning en expertise op het terrein van digitalisering en AI.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20142015-1365.html',
    sentences: [
      'Identiteitsvraagstukken behelzen voornamelijk het achterhalen van de juistheid van de opgegeven identiteit binnen de strafrecht- of vreemdelingenketen.',
      'Indien opsporingsdiensten of ketenpartners in de vreemdelingenketen vermoeden dat gebruik wordt gemaakt van een andere identiteit, wordt in de strafrechtketen door de Matching Autoriteit en in de vreemdelingenketen door het NVIK, nader onderzocht of hier ook daadwerkelijk sprake van is.',
      'De Matching Autoriteit en het NVIK werken nauw samen bij identiteitsonderzoeken.',
      'Als vaststaat dat gebruik wordt gemaakt van een andere identiteit wordt de leidende identiteit vastgesteld en doorgegeven aan de relevante diensten en wordt de persoon in kwestie vervolgd wegens identiteitsfraude.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Hoe beoordeelt u dit bericht?',
      'Kunt u het gebruik van omstreden Chinese bewakingscamera’s door de Nederlandse overheid ofwel de Nederlandse politie bevestigen?1',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Het gebruik van digitale producten en diensten kan nationale veiligheidsrisico’s met zich meebrengen.',
      'Gelet daarop heeft de overheid onder meer beleid ontwikkeld dat voorschrijft dat nationale veiligheidsoverwegingen worden meegewogen bij de inkoop en aanbesteding van producten en diensten.',
      'De relevante kaders en beleid zijn in het antwoord op vraag 3 geschetst.',
      'Het Ministerie van BZK zal in samenwerking met andere overheidspartijen onderzoek doen naar mogelijke nationale veiligheidsrisico’s bij het gebruik binnen de rijksoverheid van camera’s afkomstig van partijen uit landen met een offensief cyberprogramma richting Nederland.',
      'Indien dit onderzoek is afgerond zal uw Kamer daarover worden geïnformeerd.',
      'Specifiek voor de politie geldt dat de aangeschafte camera’s voldoen aan de gestelde eisen voor informatiebeveiliging en privacy en dat de camera’s voornamelijk zijn gericht op verkeerstoezicht.',
      'Het huidige overheidsbeleid voor inkoop en aanbesteding volgend heeft de politie zelfstandig een afweging gemaakt met betrekking tot het afnemen van deze camera’s.',
      'De politie heeft bij de aanbesteding van de camera’s en bij de toepassing daarvan geen risico’s voor de nationale veiligheid voorzien.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'In relatie tot nationale veiligheidsrisico’s bestaat er overheidsbeleid dat voorschrijft dat nationale veiligheidsoverwegingen worden meegewogen bij de inkoop en aanbesteding van producten en diensten.',
      'Bij de aanschaf en implementatie van gevoelige apparatuur of programmatuur wordt volgens dit beleid rekening gehouden met zowel risico’s in relatie tot een leverancier, als met het concrete gebruik van de systemen, bijvoorbeeld als het gaat om de toegang tot systemen door derden.',
      'Bij elke casus wordt door de overheidsorganisatie bezien of en hoe risico’s beheersbaar kunnen worden gemaakt en of daartoe te nemen maatregelen proportioneel zijn.',
      'Afwegingen rondom de aanschaf en ingebruikname van ICT- producten en diensten zijn de eigen verantwoordelijk van de organisaties die tot aanschaf overgaan.',
      'Dat betekent dat overheidsorganisaties zelf risicoafwegingen uitvoeren voordat (digitale) producten en diensten van een leverancier, zoals beveiligingscamera’s, worden afgenomen en bepalen aan welke (beveiligings)eisen een leverancier moet voldoen om voor verlening van een opdracht in aanmerking te komen.',
      'Daarnaast geldt voor de gehele overheid voor de aanschaf van digitale producten en diensten de Baseline Informatiebeveiliging Overheid (BIO).',
      'De BIO kent een risicogebaseerde aanpak met een concrete set aan eisen als ondergrens.',
      'Uitgangspunt is onder meer ook de eigen verantwoordelijkheid van overheidsorganisaties.',
      'Daarom is er geen centraal overzicht beschikbaar van Chinese camera’s in gebruik bij de overheid en eventuele risico’s die daarmee verbonden zijn en ook niet van de afwegingen die ten grondslag lagen bij de aankoop.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Tevens is er ook expliciet aandacht voor de bescherming van persoonsgegevens, die worden verwerkt bij het gebruik van beveiligingscamera’s.',
      'Deze verwerking van persoonsgegevens dient te voldoen aan de wettelijke eisen die daaraan zijn gesteld.',
      'De Algemene Verordening Gegevensbescherming bevat de regeling hiervan.',
      'Met een data protection impact assessment (DPIA) wordt in kaart gebracht of er een goede grondslag is voor de verwerking is en of de verwerking noodzakelijk en proportioneel is.',
      'Indien er in dat verband risico’s gesignaleerd worden, wordt in kaart gebracht welke maatregelen genomen worden om die risico’s aan te pakken.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Kunt u een update geven over de huidige risico’s die we momenteel lopen wat betreft Chinese invloed binnen de Nederlandse overheidssystemen zowel binnen de rijksoverheid als binnen de politie?',
      'Kunt u daarbij ingaan op de veiligheidsrisico’s die er momenteel spelen bij het gebruik van deze systemen en specifiek ingaan op de situatie omtrent bewakingscamera’s?',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Het Dreigingsbeeld Statelijke Actoren (DBSA)3 geeft een overzicht van de belangrijkste dreigingen vanuit China in relatie tot de vitale infrastructuur en de (rijks)overheid.',
      'Daarbij wordt ook ingegaan op het risico op digitale spionage- en sabotagemogelijkheden via technologische toeleveringen.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Zoals hierboven aangegeven is er in lijn met deze aanpak overheidsbeleid dat voorschrijft dat nationale veiligheidsoverwegingen worden meegewogen bij de inkoop en aanbesteding van producten en diensten.',
      'Opdrachtgevers zijn zelf verantwoordelijk voor de toepassing van dit beleid, de overheid heeft geen overzicht van Chinese apparatuur en programmatuur in gebruik bij de overheid.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'In de beleidsreactie op het DBSA wordt aangegeven op welke manier het kabinet met de dreiging van statelijke actoren omgaat4.',
      'In het debat met uw Kamer op 22 maart 2022 heeft de Staatssecretaris voor Koninkrijksrelaties en Digitalisering verder toegezegd om onderzoek te doen naar inkoopeisen en -richtlijnen op het terrein van cyberveiligheid, in het bijzonder als het gaat om producten en diensten van partijen uit landen met een offensief cyberprogramma richting Nederland.',
      'Op 5 april 2022 is in aanvulling daarop door uw Kamer een motie aangenomen om bij dit onderzoek ook te kijken naar de vitale infrastructuur.',
      'Uw Kamer zal hierover na afronding van het onderzoek worden geïnformeerd.',
      'Voor wat betreft camera’s zal, zoals aangegeven in het antwoord op vraag 2, het Ministerie van BZK in samenwerking met andere relevante overheidspartijen onderzoek doen naar mogelijke nationale veiligheidsrisico’s door het gebruik van camera’s binnen de rijksoverheid afkomstig uit landen met een offensief cyberprogramma richting Nederland.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'De VS verwijderde de Hikvision en Dahua apparatuur al in 2019 bij federale overheidsgebouwen.',
      'Heeft de Nederlandse overheid naar aanleiding van dit besluit in de VS onderzoek gedaan naar de risico’s bij het gebruik van dit soort camera’s en andere gevoelige systemen bij Nederlandse overheidsdiensten?',
      'Zo nee, wat zijn de overwegingen hierachter geweest?',
      'Wat is er in het verleden verder gedaan om dit soort risico’s te voorkomen?',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Voor Nederland geldt dat het staand beleid bij inkoop en aanbesteding is dat er per casus wordt bezien of er in relatie tot producten en diensten risico’s zijn voor de nationale veiligheid, en zo ja, of en hoe deze beheersbaar kunnen worden gemaakt.',
      'De mogelijke nationale veiligheidsrisico’s in verband met het gebruik van camera’s, die afkomstig zijn uit landen met een offensief cyberprogramma richting Nederland, binnen de rijksoverheid zullen, zoals hierboven aangegeven, worden onderzocht.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Daar zijn wij mee bekend.',
      'De ingediende motie van Buitenweg en Verhoeven bij het VAO Nationale Veiligheid van 25 juni 2019 is aangehouden tijdens de stemmingen van 2 juli 2019, omdat de geuite zorgpunten in een eerder toegezegde brief (in het AO Nationale Veiligheid en Crisisbeheersing van 20 juni 2019) zouden worden meegenomen.',
      'In dit AO Nationale Veiligheid en Crisisbeheersing heeft de ambtsvoorganger van de Minister van Justitie en Veiligheid toegezegd een brief te sturen over het gebruik van technologieën als gezichtsherkenningssoftware voor de opsporing en de daarmee gepaarde risico’s.',
      'Met de brief van 20 november 2019 (Kamerstuk 32 761 en 30 821, Nr. 152) is aan die eerdere toezegging gestand gedaan.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Direct nadat de brief naar uw Kamer is gestuurd is de politie gestart met de ontwikkeling van een inzetkader voor het gebruik van gezichtsherkenningstechnologie door de politie.',
      'Met behulp van dit inzetkader kunnen plannen voor het gebruik van gezichtsherkenningstechnologie juridisch en ethisch worden getoetst.',
      'Dit inzetkader zal naar verwachting nog voor de zomer van 2022 definitief worden vastgesteld, waarna het gebruik ervan binnen de politie verplicht zal zijn.',
      'Dit kader zal zowel inhoudelijke beoordelingsdimensies bevatten als de procedures die (verplicht) moeten worden gevolgd om te zorgen dat deze correct en zorgvuldig zijn toegepast.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Aanvullend onderzoek naast het hierboven aangekondigde onderzoek en bestaande trajecten zoals het inzetkader voor gezichtsherkenning wordt op dit moment niet nodig geacht.',
      'Het staande kabinetsbeleid is dat overheidsorganisaties primair zelf verantwoordelijk zijn voor het meenemen van nationale veiligheidsoverwegingen in de inkoop en aanbesteding van producten en diensten.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Zoals ook in het DBSA wordt benoemd en in antwoord op vraag 4 wordt gesteld, zitten aan de inzet van camera’s ook risico’s verbonden.',
      'Het is van belang dat de nationale veiligheidsrisico’s worden meegewogen bij de inkoop en het gebruik hiervan.',
      'De relevante kaders en beleid hiertoe, zoals geschetst in het antwoord op vraag 3, houden in dat er per situatie een beoordeling plaatsvindt of er in relatie tot de aanschaf van een product of dienst sprake is van (eventuele) risico’s voor nationale veiligheid en of die risico’s voldoende beheersbaar kunnen worden gemaakt.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Bent u verder bekend met het feit dat Hikvision en Dahua mogelijk worden ingezet door de Chinese overheid om Oeigoeren en andere minderheidsgroepen te onderdrukken?',
      'Hoe oordeelt u over deze associatie tussen beide bedrijven en grove mensenrechtenschendingen?',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Daarnaast is het kabinet bekend met rapporten en getuigenissen over grove mensenrechtenschendingen in Xinjiang.',
      'Met behulp van het gebruik van big data en camera’s met gezichtsherkenning vergroten Chinese autoriteiten de controle over de bevolking.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Het kabinet maakt zich ernstige zorgen over de mensenrechtensituatie in China, waaronder de vergaande surveillance.',
      'Het kabinet stelt deze zorgen consequent aan de orde in verschillende gremia, zowel bilateraal als in EU- en VN-verband.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Kunt u een update geven over de veiligheidsrisico’s die de Oeigoerse diaspora in Nederland loopt door dit soort systemen te gebruiken?',
      'Hoe denkt het kabinet de veiligheidssituatie van deze groep en andere kwetsbare diaspora groepen te verbeteren?',
      'Kunt u daarbij specifiek ingaan op de overheidssystemen die hierbij mogelijk een kwetsbare rol in spelen?',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Er zijn voor zover het kabinet bekend momenteel geen aanwijzingen dat China deze camera’s gebruikt om bepaalde minderheidsgroepen in Nederland te monitoren.',
      'Mocht dit in de (nabije) toekomst wel het geval zijn, dan is er naar het oordeel van het kabinet sprake van ongewenste buitenlandse inmenging en heeft het kabinet verschillende instrumenten tot haar beschikking, zoals uiteengezet in de brief van 16 maart 2018 over de aanpak ongewenste buitenlandse inmenging6.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Klopt het dat 10 gemeenten hebben besloten de camera’s van Chinese fabrikanten te verwijderen?',
      'Zo ja, welke gemeentes waren dit en wat waren hun afzonderlijke precieze overwegingen om deze beslissing te nemen?',
      'Welke lessen trekt het kabinet hier uit voor de Nederlandse overheidsdiensten en de politie?',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'De VNG heeft geen inzicht in de afwegingen van individuele gemeenten over de inzet van technologie.',
      "De VNG werkt samen met gemeenten aan oplossingen om de inkoop en inzet van camera's transparanter, verantwoorder en veiliger te maken, ook in relatie tot het mensenrechtenbeleid van landen of bedrijven.",
      'Gemeenten hebben in 2019 een set algemene Principes voor de Digitale Samenleving vastgesteld en inkoopvoorwaarden gemaakt voor innovatieve technologie, welke zij in 2022 uitbreiden en actualiseren voor de inzet van technologie voor crowd-monitoring, zoals camera’s.',
      'Op het gebied van veiligheid ondersteunt de VNG gemeenten al bij de afweging en inkoop van dit soort technologie met de Gemeentelijke Inkoop bij IT Toolbox-GIBIT en de integrale risico- en privacy-analyse (IRPA).',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Naar aanleiding van de berichtgeving over Chinese camera’s heeft de Vereniging Nederlandse Gemeenten (VNG) onderstreept dat gemeenten ethiek en publieke waarden centraal stellen bij de inzet van technologie.',
      "De VNG werkt al samen met gemeenten aan oplossingen om de inkoop en inzet van camera's transparanter, verantwoorder en veiliger te maken.",
      'Recente berichten over camera’s van Chinese leveranciers onderstrepen de urgentie ervan.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Bestaan er landelijke richtlijnen bij het gebruiken van dit soort risicovolle systemen voor gemeenten als bedrijven?',
      'Zo nee, acht u dat nodig?',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Er is een instrumentarium ontwikkeld dat overheidsorganisaties helpt bij het meewegen van nationale veiligheidsrisico’s bij de inkoop en aanbesteding van producten en diensten.',
      'De Informatiebeveiligingsdienst (IBD) van de VNG adviseert daarnaast gemeenten bij de inzet van technologie ook ten aanzien van spionage.',
      'In het kader daarvan leggen gemeenten aanvullend de nadruk op drie aandachtspunten:',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Werken aan een veilige cultuur.',
      'Daarbij zijn gebruikers, de inrichting van gegevensstromen en databases en de gebruikte technieken voor detectie van incidenten belangrijke aandachtspunten.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Ondersteuning vanuit de fabrikant van een product door middel van software-updates vanuit de fabrikant.',
      'Na menselijke fouten ontstaan de meeste incidenten door misbruik van ongepatchte kwetsbaarheden in soft- en hardware.',
      'Het up-to-date houden van soft- en hardware verkleint niet alleen het risico op incidenten maar ook het risico op spionage door staten en criminelen.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Zoals in het antwoord op vraag 4 wordt beschreven word in het Dreigingsbeeld Statelijke Actoren en de betreffende kabinetsreactie ingegaan op de dreiging die uitgaat van statelijke actoren, waaronder spionage door China, en de maatregelen die hiertegen worden genomen8.',
      'Daarnaast is op 28 februari jl. het wetsvoorstel uitbreiding strafbaarheid spionage in consultatie gegaan die een nieuwe bepaling aan het Wetboek van Strafrecht toevoegt.',
      'Op grond van die bepaling wordt het verrichten van handelingen ten behoeve van een buitenlandse mogendheid strafbaar indien daardoor zwaarwegende Nederlandse belangen worden geschaad.',
      'Omdat spionageactiviteiten steeds vaker digitaal plaatsvinden, wordt met het wetsvoorstel eveneens de strafmaat van een aantal computerdelicten verhoogd wanneer deze zijn gepleegd ten behoeve van een buitenlandse mogendheid.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'Kunt u tot slot uitleggen wat er naar aanleiding van dit bericht concreet gaat gebeuren?',
      'Kan de Minister daarbij ingaan op waarom de Nederlandse rijksoverheid ofwel politie wel of niet gebruik zal maken van Chinese beveiligingssystemen en daarbij specifiek ingaan op de systemen van Hikvision en Dahua?',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-3019.html',
    sentences: [
      'De relevante kaders en beleid, zoals geschetst in het antwoord op vraag 3, blijven van toepassing.',
      'Op basis daarvan zal binnen de overheid per situatie gekeken worden of en hoe eventuele risico’s voor de nationale veiligheid die verbonden zijn aan een product beheersbaar kunnen worden gemaakt.',
      'Zoals vermeld zal BZK in samenwerking met andere overheidspartijen onderzoek doen naar mogelijke nationale veiligheidsrisico’s bij het gebruik van dergelijke camera’s binnen de rijksoverheid.',
      'De politie zal, zoals vermeld in vraag 11, camera’s van Dahua blijven gebruiken.',
    ],
  },
  {
    source: 'tests/fixtures/pages/ah-tk-20212022-mededeling-placeholder.html',
    sentences: [
      'Hierbij deel ik u, mede namens de Binnenlandse Zaken en Koninkrijksrelaties, mede dat de schriftelijke vragen van de leden Dekker-Abdulaziz en Van Ginneken (beiden D66), van uw Kamer aan de Minister van Justitie en Veiligheid over het gebruik van omstreden Chinese bewakingscamera’s door de Nederlandse overheid en politie (ingezonden 10 maart 2022) niet binnen de gebruikelijke termijn kunnen worden beantwoord, aangezien nog niet alle benodigde informatie is ontvangen.',
      'Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20172018-70-6.html',
    sentences: [
      '-de motie-Wassenberg over een reductie van het aantal gehouden dieren (21501-08, nr. 719);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20172018-70-6.html',
    sentences: [
      '-de motie-Wassenberg over vermindering van het aantal proefdieren (21501-08, nr. 721);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20172018-70-6.html',
    sentences: [
      '-de motie-Laçin/Beckerman over bijstellen van de nationale plannen bij het klimaatakkoord (21501-08, nr. 722);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20172018-70-6.html',
    sentences: [
      "-de motie-Kröger over één emissie-eis voor alle personenauto's (21501-08, nr. 724).",
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20172018-70-6.html',
    sentences: [
      'Mevrouw de voorzitter.',
      'Als het gaat om een afbouw van dierproeven en proefdieren en ook de versnelde vervanging daarvan, liggen er zes aangenomen moties van de PVV.',
      'Dus laat heel duidelijk zijn dat we voor de afbouw van dierproeven zijn, maar de heer Wassenberg — en dat weet de heer Wassenberg ook wel — vraagt namens de Partij voor de Dieren om dat niet aan de individuele lidstaten over te laten.',
      'Daar ligt ons probleem.',
      'Daarom zullen wij tegen deze motie stemmen.',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20172018-70-6.html',
    sentences: ['In stemming komt de motie-Wassenberg (21501-08, nr. 721).'],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20172018-70-6.html',
    sentences: ['In stemming komt de motie-Laçin/Beckerman (21501-08, nr. 722).'],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20172018-70-6.html',
    sentences: ['In stemming komt de motie-Kröger (21501-08, nr. 724).'],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Van Aalst/Remco Dijkstra over een zo spoedig mogelijke besluitvorming over de aanpak van de N35 (35300-A, nr. 15);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: ['-de motie-Van Aalst over niet verlagen van de maximumsnelheid (35300-A, nr. 16);'],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Van Aalst over geen verlaging van de maximumsnelheid door uitstel van wegonderhoud (35300-A, nr. 17);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Van Aalst over verbreding van de A2 Eindhoven-Weert naar ten minste 2x3 rijstroken (35300-A, nr. 19);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Van Aalst over de knelpunten Ridderkerk-Gorinchem en Gorinchem-Valburg (35300-A, nr. 20);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Van Aalst over het sneller realiseren van de verbreding van de A2 tussen knooppunt Het Vonderen en Kerensheide (35300-A, nr. 21);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Remco Dijkstra over een inventarisatie van de benodigde budgetten voor een investeringsfonds (35300-A, nr. 22);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Remco Dijkstra over het afwegen van nut en noodzaak van het project Zuidasdok (35300-A, nr. 23);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Remco Dijkstra/Postma over het krachtig voortzetten van het project A27/A12 (35300-A, nr. 24);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Remco Dijkstra/Postma over alleen een bijdrage voor een oeververbinding regio Rotterdam als de filedruk wordt opgelost (35300-A, nr. 25);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Remco Dijkstra over de doorstroming op het traject A15 Deil-Ochten (35300-A, nr. 26);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Remco Dijkstra over het als eerste uitvoeren van de filebeperkende maatregelen op de A12 (35300-A, nr. 27);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Remco Dijkstra over een mogelijke overdracht van de N35 (35300-A, nr. 28);',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20192020-31-8-n1.html',
    sentences: [
      '-de motie-Kröger over een brede afweging voor de MIRT-projecten die door de PAS-uitspraak moeten worden aangepast (35300-A, nr. 29);',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-31066-444.html',
    sentences: [
      'De vaste commissie voor Financiën heeft een aantal vragen voorgelegd aan de Staatssecretaris van Financiën over de brief van 31 oktober 2018 inzake de 22e halfjaarsrapportage Belastingdienst (Kamerstuk 31 066, nr. 438).',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-31066-444.html',
    sentences: [
      '1. Waar zijn de cijfers met betrekking tot de aantallen auto’s die als gevolg van de parallelimport ons land binnenkomen gezien de eerdere toezegging van uw voorganger dat deze cijfers voortaan worden meegenomen in de halfjaarsrapportage van de Belastingdienst (Kamerstuk 34 775 IX, nr. 8)?',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-31066-444.html',
    sentences: [
      'In de 20e Halfjaarrapportage is aangegeven dat de cijfers over de parallelimport jaarlijks beschikbaar komen.1',
      'De cijfers over 2017 zijn opgenomen in de 21e Halfjaarsrapportage van afgelopen april2.',
      'Voor de volgende jaren geldt dezelfde systematiek, dus opname in de halfjaarrapportage na afloop van het betreffende jaar.',
      'Dit houdt in dat de cijfers over 2018 in het voorjaar 2019 beschikbaar zijn en worden opgenomen in de 23e Halfjaarrapportage en daarna in de voortgangsrapportages.',
      'Uw Kamer wordt uiterlijk januari 2019 geïnformeerd over de problematiek ten aanzien van parallelimport.',
      'Ik verwacht in aanvulling op de jaarlijkse rapportage ook een tussentijdse rapportage te leveren over de cijfers parallelimport.',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-32500-XII-72.html',
    sentences: [
      'De vaste commissie voor Infrastructuur en Milieu1 heeft een aantal vragen voorgelegd aan de minister voor Infrastructuur en Milieu inzake de stand van zaken van openstaande moties en toezeggingen (Kamerstuk 32 500 XII, nr. 68).',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-32500-XII-72.html',
    sentences: [
      'De minister heeft deze vragen beantwoord bij brief van 18 mei 2011.',
      'Vragen en antwoorden zijn hierna afgedrukt.',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-32500-XII-72.html',
    sentences: [
      'Kunt u de Kamer informeren over de stand van zaken van de uitvoering van de motie Mastwijk/Neppérus inzake het Hollandsche Landschap rondom Stompwijk (29 435, nr. 256)?',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-32500-XII-72.html',
    sentences: [
      'De motie Mastwijk/Neppérus (Kamerstuknummer 29 435, nr. 256) is als volgt afgedaan.',
      'Er is door voormalig VROM overleg gevoerd met de gemeente Leidschendam-Voorburg, het voormalig ministerie van LNV, de provincie Zuid-Holland en de regio Haaglanden.',
      'Daaruit is gebleken dat er subsidies beschikbaar zijn voor de uitvoering van het project «recreatief knooppunt».',
      'De gemeente heeft daar beroep op gedaan.',
      'Daarnaast heeft het rijk zelf financieel bijgedragen aan de sanering van verspreid gelegen glastuinbouw.',
      'De mogelijkheden voor versnelling zijn daarmee naar mijn mening voldoende onderzocht.',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-32500-XII-72.html',
    sentences: [
      'Wanneer wordt de Kamer uiterlijk geïnformeerd over de uitvoering van de motie Slob/De Rouwe over de werktijdverkortingsregeling voor de binnenvaart (30 523, nr. 52), zoals door de commissie per brief d.d. 13 april 2011 is verzocht aan uw ambtsgenoot van Sociale Zaken en Werkgelegenheid?',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-35165-9.html',
    sentences: [
      'In 2019 wordt de verworvenheid van 100 jaar algemeen kiesrecht voor mannen en vrouwen herdacht.',
      'Onder het motto «Ik vier mijn stem» vinden onder organisatie van de Tweede Kamer verschillende activiteiten plaats.',
      'Het is een mooie bijkomstigheid dat 2019 met recht een verkiezingsjaar kan worden genoemd.',
      'In totaal waren er zes verkiezingen in de afgelopen periode.',
      'Op 20 maart 2019 zijn in Europees Nederland gecombineerd de verkiezingen voor provinciale staten en voor de waterschappen gehouden en in Caribisch Nederland de verkiezingen voor de eilandsraden (met uitzondering van Sint Eustatius) en – voor het eerst in de geschiedenis – voor kiescolleges.',
      'Op 23 mei 2019 vond de Europees Parlementsverkiezing plaats en op 27 mei 2019 de verkiezing voor de Eerste Kamer.',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-35165-9.html',
    sentences: [
      'De vaste commissie voor Binnenlandse Zaken heeft mij bij brief van 26 maart jl. gevraagd ruim voor het zomerreces de evaluatie van de verkiezingen voor provinciale staten en waterschappen aan de Kamer te doen toekomen.',
      'Ik heb daarop gereageerd bij brief van 18 april jl. (Kamerstuk 35 165, nr. 2)',
      'Op dezelfde dag is mij verzocht om een appreciatie van de verkiezing van het Europees Parlement naar de Kamer te sturen, spoedig nadat de verkiezing heeft plaatsgevonden, zodat deze geagendeerd kan worden voor het algemeen overleg Kiesrecht op 19 juni 2019 (Kamerstuk 35 165, nr. 7).',
      'Met deze brief voldoe ik versneld aan de verzoeken van uw Kamer, en ga ik ook in op de verkiezingen in Caribisch Nederland.',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-35165-9.html',
    sentences: [
      'In de bijlagen treft u de evaluatie aan, aangevuld met externe rapportages en (deel)evaluaties1.',
      'Nog niet alle onderzoeken naar de Europees Parlementsverkiezing konden in dit tijdsbestek worden afgerond2.',
      'Deze zal ik uiterlijk voor het einde van het zomerreces aan uw Kamer zenden.',
    ],
  },
  {
    source: 'tests/fixtures/pages/kv-tk-2011Z04442.html',
    sentences: [
      'Is het waar dat duizenden belangrijke Kamerstukken, waaronder diverse troonredes, zijn verdwenen van de website Officielebekendmakingen.nl?',
      'Zo ja, om hoeveel Kamerstukken gaat het?',
      'Hoe heeft dit kunnen gebeuren?',
    ],
  },
  {
    source: 'tests/fixtures/pages/kv-tk-2011Z04442.html',
    sentences: [
      'Wat is uw reactie op de stelling dat de openheid van het democratisch bestel niet voldoet aan de eisen van deze tijd?',
      'Wat is uw reactie op de stelling dat je bijna een professional moet zijn om informatie over de Tweede Kamer te vinden, dat dit de betrokkenheid van burgers bij politieke processen remt, en dat aan deze situatie de laatste jaren niets veranderd is?',
      'Deelt u de mening dat hier sprake is van een ernstig probleem?',
    ],
  },
  {
    source: 'tests/fixtures/pages/kv-tk-2011Z04442.html',
    sentences: [
      'Hoe gaat u ervoor zorgen dat de openheid van het democratisch bestel wel gaat voldoen aan de eisen van deze tijd?',
      'Op welke wijze gaat u zich inzetten voor volledige, juiste en digitaal makkelijk toegankelijke informatie uit het parlement?',
    ],
  },
  {
    source: 'tests/fixtures/pages/kv-tk-2013Z08797.html',
    sentences: [
      'Door wie, onder wiens gezag en met welk doel is deze apparatuur geplaatst?',
      'Is het Haagse college burgemeester en wethouders en de gemeenteraad hierover geïnformeerd?',
      'Zo nee, waarom niet?',
    ],
  },
  {
    source: 'tests/fixtures/pages/kv-tk-2013Z08797.html',
    sentences: [
      'Zijn er nog meer van dit soort kasten geplaatst?',
      'Zo ja, waar en zijn hierbij de voorgeschreven besluitvormingsprocedures gevolgd?',
    ],
  },
  {
    source: 'tests/fixtures/pages/kv-tk-2013Z08797.html',
    sentences: [
      'Deelt u de mening dat dit soort stiekeme handhavingsinstrumenten zich slecht verhoudt tot de uitgangspunten van een democratische rechtstaat en het publieke vertrouwen in de integriteit van de handhaving ondergraaft?',
      'Zo nee, waarom niet?',
    ],
  },
  {
    source: 'tests/fixtures/brief-example-2022Z04510.txt (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'In het debat met uw Kamer op 22 maart 2022 heeft de Staatssecretaris voor Koninkrijksrelaties en Digitalisering verder toegezegd om onderzoek te doen naar inkoopeisen en -richtlijnen op het terrein van cyberveiligheid, in het bijzonder als het gaat om producten en diensten van partijen uit landen met een offensief cyberprogramma richting Nederland.',
      'Op 5 april 2022 is in aanvulling daarop door uw Kamer een motie aangenomen om bij dit onderzoek ook te kijken naar de vitale infrastructuur.',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-35165-9.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Op 20 maart 2019 zijn in Europees Nederland gecombineerd de verkiezingen voor provinciale staten en voor de waterschappen gehouden en in Caribisch Nederland de verkiezingen voor de eilandsraden (met uitzondering van Sint Eustatius) en – voor het eerst in de geschiedenis – voor kiescolleges.',
      'Op 23 mei 2019 vond de Europees Parlementsverkiezing plaats en op 27 mei 2019 de verkiezing voor de Eerste Kamer.',
    ],
  },
  {
    source: 'tests/fixtures/pages/kst-31066-444.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'De cijfers over 2017 zijn opgenomen in de 21e Halfjaarsrapportage van afgelopen april2.',
      'Voor de volgende jaren geldt dezelfde systematiek, dus opname in de halfjaarrapportage na afloop van het betreffende jaar.',
      'Dit houdt in dat de cijfers over 2018 in het voorjaar 2019 beschikbaar zijn en worden opgenomen in de 23e Halfjaarrapportage en daarna in de voortgangsrapportages.',
      'Uw Kamer wordt uiterlijk januari 2019 geïnformeerd over de problematiek ten aanzien van parallelimport.',
    ],
  },
  {
    source: 'tests/fixtures/pages/h-tk-20172018-70-6.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: ['6 Stemmingen moties Informele Milieuraad d.d. 10-11 april 2018'],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/h-tk-20182019-86-22.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Ik stel voor toestemming te verlenen aan de vaste commissie voor Landbouw, Natuur en Voedselkwaliteit voor het houden van een wetgevingsoverleg met stenografisch verslag op woensdag 29 mei 2019 van 12.00 uur tot 16.00 uur over het wetsvoorstel Wijziging van de Meststoffenwet in verband met tijdelijke verhoging van het afromingspercentage bij overgang van een fosfaatrecht (35208).',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/h-tk-20232024-4-26.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Ik stel voor toe te voegen aan de agenda het tweeminutendebat Acute situatie in Marokko en Libië (CD d.d. 25/09), met als eerste spreker het lid Hammelburg van D66.',
    ],
  },
  {
    source:
      'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D04328&id=2025D04328 (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Vragen van het lid Erkens (VVD) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties over overbodige functies, adviesorganen en doublures bij de Rijksoverheid in relatie tot voorgenomen besparingen op het overheidsapparaat (ingezonden 20 december 2024).',
      'Antwoord van Minister Uitermark (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen 4 februari 2025).',
    ],
  },
  {
    source:
      'https://www.tweedekamer.nl/kamerstukken/detail?did=2022D23672&id=2022Z11568 (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'In de artikelen 7.12, 7.13 en 7.14 van de Comptabiliteitswet 2016 is vastgelegd wat de Algemene Rekenkamer in haar verantwoordingsonderzoek betrekt.',
    ],
  },
  {
    source:
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2022D06725&id=2022Z03223 (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Den Haag, 21 februari 2022 In deze brief informeer ik u over een aantal kiesrechtzaken.',
      'De meeste daarvan hebben betrekking op de gemeenteraadsverkiezingen van 14, 15 en 16 maart aanstaande.',
    ],
  },
  {
    source:
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2022D06725&id=2022Z03223 (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'In 334 gemeenten vinden gemeenteraadsverkiezingen plaats op 14, 15 en 16 maart aanstaande.',
      '11 gemeenten houden geen verkiezingen vanwege een eerdere of nog aanstaande herindeling.',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/kst-35261-B.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'De leden van de VVD-fractie hebben met belangstelling kennisgenomen van het wetsvoorstel Wijziging van de Algemene wet bestuursrecht (Awb) in verband met de herziening van afdeling 2.3. van die wet (Wet modernisering elektronisch bestuurlijk verkeer).',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/kst-33328-AI.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Naar aanleiding hiervan is op 19 oktober 2023 een brief gestuurd aan de Staatssecretaris van Binnenlandse Zaken en Koninkrijkrelaties.',
      'De Staatssecretaris heeft op 23 november 2023 een uitstelbericht gestuurd en op 14 december 2023 inhoudelijk gereageerd.',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/kst-33506-AB.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Vastgesteld 14 mei 2019 De vaste commissie voor Volksgezondheid, Welzijn en Sport1 heeft kennisgenomen van de brief van 7 maart 2019 met de reactie op de vragen2 over de nieuwe versie van het communicatieplan actief donorregistratiesysteem3.',
      'Naar aanleiding hiervan heeft zij de Minister voor Medische Zorg en Sport op 10 april 2019 een brief gestuurd.',
      'De Minister heeft op 14 mei 2019 gereageerd.',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/kst-35510-130.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'De stukken, die hierbij openbaar worden gemaakt, bevatten een mail van 5 juni 2019 van mevrouw González Pérez richting de secretaresse van de voormalig Staatssecretaris dhr. Snel.',
      'Als bijlage bij deze mail zaten ook transcripties van gesprekken van 28 juni 2016, 10 april 2017 en 8 mei 2017 tussen onder meer mevrouw González Pérez en verschillende medewerkers van Belastingdienst/Toeslagen.',
    ],
  },
  {
    source: 'https://berthub.eu/tkconv/get/2019D08797 (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Den Haag, 5 maart 2019 Uit de Factsheet Strafrechtketen 2017 die op 29 juni jl. aan uw Kamer is aangeboden, blijkt dat 90 procent van vrijheidsstraffen binnen twee jaar een gevolg krijgt.1',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/kst-cxxiv-g.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Den Haag, 5 december 2017 Het voorstel voor Reglementswijziging vloeit voort uit de aanbevelingen in het verslag van de Tijdelijke commissie werkwijze Eerste Kamer1, waarover de Kamer op 24 oktober jl. plenair heeft gedebatteerd.',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/kst-32827-124.html/kst-29538-331.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Met deze correctie wordt het totale budgettaire effect van het abonnementstarief in 2020 door de onderzoekers geschat op € 330 mln. in plaats van € 309 mln., zoals ik uw Kamer op 25 oktober jl. he',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/kst-33127-60.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Ondanks het beschikbaar stellen van € 500 mln aan extra middelen voor het pgb zag het kabinet zich geconfronteerd met een dreigende overschrijding van de pgb-regeling van € 700 mln.',
      'Het kabinet heeft in dit verband op 1 januari jl. maatregelen getroffen, die ook de functie begeleiding raken.',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/h-tk-20142015-39-13.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      '-het wetsvoorstel Wijziging van de Wet wapens en munitie in verband met de inwerkingtreding van de Verordening (EU) nr. 258/2012 van het Europees Parlement en de Raad van 14 maart 2012 tot uitvoering van artikel 10 van het Protocol van de Verenigde Naties tegen de illegale vervaardiging van en handel in vuurwapens',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/h-tk-20192020-4-21.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: ['Aan de orde is het VAO Participatiewet/Breed offensief (AO d.d. 12/09).'],
  },
  {
    source:
      'https://www.staten-generaal.nl/9370000/1/j9vvkfvj6b325az/vks2pnu3httr (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Verslag van de plenaire vergadering van dinsdag 25 september 2018Parlementair jaar 2018/2019, 1e vergadering Aanvang: 13.30 uur Sluiting: 15.57 uur',
    ],
  },
  {
    source:
      'https://www.staten-generaal.nl/verslag/20171024/verslag (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Verslag van de plenaire vergadering van dinsdag 24 oktober 2017 Parlementair jaar 2016/2017, 4e vergadering Aanvang: 13.30 uur Sluiting: 21.31 uur',
    ],
  },
  {
    source:
      'https://www.staten-generaal.nl/verslag/20171024/verslag (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Ingekomen is een brief van de heer W.B. Hoekstra waarin hij meedeelt dat hij op 26 oktober 2017 hoopt toe te treden tot het nieuwe kabinet als minister van Financiën.',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/kst-35228-6.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Den Haag, 11 augustus 2020 Met belangstelling heb ik kennisgenomen van het eindverslag «(On)zichtbare invloed» dat op 25 juni jl. door de Parlementaire ondervragingscommissie naar ongewenste beïnvloeding uit onvrije landen (POCOB) aan u is aangeboden',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/kst-35228-6.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Op 30 juni jl. heb ik namens de vaste commissie Sociale Zaken en Werkgelegenheid het verzoek ontvangen een kabinetsreactie te geven op het betreffende verslag ten behoeve van het verzochte debat met de regering in de Tweede Kamer.',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/kst-35228-6.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'De voorbereiding van de reactie zal extra tijd vergen als gevolg van de COVID-19-crisis.',
      'Wij zijn voornemens u in het najaar nader te berichten.',
    ],
  },
  {
    source:
      'https://zoek.officielebekendmakingen.nl/kst-35300-VII-113.html (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Het is helaas niet mogelijk gebleken om dit binnen de gestelde termijn te doen.',
      'De benodigde afstemming vereist nog enige tijd.',
      'Ik verwacht u de brief uiterlijk 30 april te doen toekomen.',
    ],
  },
  {
    source:
      'https://www.openkamer.org/kamervragen/?page=1221&submitter=uppelschoten (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Is het waar dat het ziekteverzuim bij de Nationale politie in 2015 7% bedroeg, terwijl het in 2014 6,1% was en in 2013 5,7%?',
      'Het ziekteverzuim bedroeg in 2015 6,8%.',
      'In 2013 en 2014 was dit inderdaad 5,7% en 6,1%.',
    ],
  },
  {
    source:
      'https://www.openkamer.org/kamervragen/?page=1221&submitter=uppelschoten (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'In de CAO 2015–2017 is afgesproken dat de politie zich inspant om te voldoen aan de Wet verbetering Poortwachter door concreet elk half jaar 10%-punt meer verzuimdossiers op orde te brengen («poortwachterproof»).',
      'Eind 2017 moet 80% van de verzuimdossiers voldoen aan de wet verbetering poortwachter.',
    ],
  },
  {
    source:
      'https://uitspraken.rechtspraak.nl/details?id=ECLI%3ANL%3ARBMNE%3A2024%3A7499 (via tests/fixtures/labeled/dates.jsonl)',
    sentences: [
      'Op 25 oktober 2023 heeft een hoorzitting in bezwaar plaatsgevonden waar eiser en zijn broer niet bij aanwezig waren.',
      '5. Bij besluit van 15 november 2023 heeft het college het bezwaar van eiser ongegrond verklaard en het primaire besluit gehandhaafd.',
    ],
  },
];

/**
 * Held out: real passages found with the search tool (pages corpus) after the plain splitter was
 * written (commit edb0992), labeled by hand, and scored before any change to either splitter.
 * None of their sentence ends occurs in DEV_PASSAGES.
 */
export const HELD_OUT_PASSAGES: LabeledPassage[] = [
  {
    source: 'https://tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D04328&id=2025D04328',
    sentences: [
      'Antwoord van Minister Uitermark (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen 4 februari 2025).',
      'Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.',
    ],
  },
  {
    source: 'https://tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D04328&id=2025D04328',
    sentences: [
      'Deelt u de mening dat de Rijksoverheid significant is gegroeid de laatste jaren terwijl de slagvaardigheid niet evenredig is toegenomen?',
      'Zo nee, waarom niet?',
    ],
  },
  {
    source: 'https://tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D04328&id=2025D04328',
    sentences: [
      'De Rijksoverheid is inderdaad significant gegroeid.',
      'De cijfers opgenomen in de Jaarrapportage Bedrijfsvoering Rijk (JBR) laten dit zien.',
      'Deze groei is onder andere te verklaren door de extra taken die worden uitgevoerd.',
      'Dit gaat bijvoorbeeld over de afhandeling mijnbouwschade Groningen, de Hersteloperatie Toeslagen of de indiensttreding van het schoonmaakpersoneel.',
      'Maar ook in het dagelijkse werk bij de Rijksoverheid wordt een groeiende inzet gevraagd vanwege steeds meer en complexere regelgeving en toegenomen administratieve lasten.',
      'Dit laatste kan bijdragen aan het beeld dat de slagvaardigheid niet evenredig is toegenomen.',
      'In het Hoofdlijnenakkoord en in het regeerprogramma is aangegeven dat regels vereenvoudigd en verminderd moeten worden en dat de administratieve verplichtingen voor burgers, ondernemers en de uitvoeringsorganisaties moeten worden teruggebracht.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-33328-AI.html',
    sentences: [
      'De vaste commissie voor Binnenlandse Zaken2 heeft tijdens haar commissievergadering van 10 oktober 2023 haar leden gelegenheid gegeven tot het stellen van vragen over de brief van 17 juli 2023 over de (voortgang van de) voorbereiding op en de implementatie van de Wet open overheid (hierna: Woo).3',
      'De leden van de fracties van de BBB, GroenLinks-PvdA en de VVD hebben van de geboden mogelijkheid gebruikgemaakt.',
      'De leden van de D66-fractie sluiten zich aan bij de vragen van de leden van de GroenLinks-PvdA-fractie.',
      'De leden van de BBB-fractie sluiten zich aan bij de vragen van de leden van de fracties van GroenLinks-PvdA en de VVD.',
      'De leden van de 50PLUS-fractie sluiten zich aan bij de vragen van de leden van de fracties van de BBB, GroenLinks-PvdA en de VVD.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-35510-130.html',
    sentences: [
      'Bijgaand treft u de reactie op de op 22 maart 2023 gezonden vragen van de vaste Kamercommissie voor Financiën over de op 10 februari 2023 toegezonden brief inzake de aanpassing van de kabinetsreactie op het eindrapport «Ongekend onrecht» van de Parlementaire ondervragingscommissie kinderopvangtoeslag (POK).1',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-35510-130.html',
    sentences: [
      'Naar aanleiding van twee vragen van het lid Omtzigt zijn er nieuwe stukken aangetroffen die niet eerder openbaar zijn gemaakt.',
      'Deze zijn als bijlage toegevoegd.',
    ],
  },
  {
    source: 'https://www.openkamer.org/kamervragen/?page=11',
    sentences: [
      'Bent u op de hoogte van de aangenomen motie van het lid Boswijk c.s. waarin de regering verzocht werd zich ervoor in te blijven spannen dat er geen ongewenste gaten vallen in de militaire steun aan Oekraïne?1',
    ],
  },
  {
    source: 'https://www.openkamer.org/kamervragen/?page=11',
    sentences: [
      'Ja, het kabinet heeft tijdens voorjaarsbesluitvorming van 2025 besloten om de militaire steun te continueren met € 3,1 miljard op de defensiebegroting voor 2026 (binnen het totaal van € 3,5 miljard steun voor Oekraïne).',
      'De militaire en geopolitieke ontwikkelingen rondom Oekraïne hebben er toe geleid dat het kabinet heeft besloten een deel hiervan versneld in 2025 te realiseren.',
    ],
  },
  {
    source: 'https://www.openkamer.org/kamervragen/?page=11',
    sentences: [
      'Klopt het dat daarmee vaststaat dat de militaire steun aan Oekraïne in 2026 flink lager zal zijn dan in dit jaar?',
      'Zo ja, wat is het verschil?',
    ],
  },
  {
    source: 'https://www.openkamer.org/kamervragen/?page=11',
    sentences: [
      'De totale militaire steun aan Oekraïne blijft hetzelfde als bij de voorjaarsbesluitvorming is besloten.',
      'Een deel van deze steun is versneld in 2025 tot kasuitgaven gekomen.',
      'Als direct gevolg van het besluit is een gedeelte van de middelen die oorspronkelijk voor 2026 bestemd waren, reeds dit kalenderjaar uitgegeven.',
      'Het totale begrote bedrag aan kasuitgaven zal daardoor ca. € 4,3 miljard voor 2025 bedragen op de defensiebegroting.',
      'De momenteel begrote militaire steun op de defensiebegroting aan kasuitgaven voor 2026 bedraagt vooralsnog € 2,1 miljard.',
      'Voor 2027 zijn reeds kasuitgaven voor een totaal van € 750 miljoen gereserveerd op de defensiebegroting, mede omdat dit Nederland in staat stelt meerjarige uitgavenverplichtingen aan te gaan (bijvoorbeeld mbt de productie van drones en F16-gerelateerde verplichtingen).',
    ],
  },
  {
    source:
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2022D06725&id=2022Z03223',
    sentences: [
      'Over het algemeen is mijn indruk dat de voorbereiding van de verkiezingen goed verloopt.',
      'Nog niet alle gemeenten hebben voldoende stembureauleden en tellers gevonden.',
      'Aandachtspunt daarbij is dat gemeenten een ruim reservebestand moeten aanhouden waaruit kan worden geput als op het laatste moment stembureauleden uitvallen als gevolg van besmetting of quarantaine.',
      'Ik heb gemeenten aangeboden hun gemeente extra onder de aandacht te brengen bij de oproep onder ambtenaren van de rijksoverheid via het Rijksportaal (intranet) om zich beschikbaar te stellen als stembureaulid.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-34700-19.html',
    sentences: [
      'Dit is de feitelijke situatie.',
      'Het is verstandig deze niet als eindpunt te markeren, maar als ieders eerste positie in de uiterst complexe nieuwe politieke verhoudingen van een versnipperde Tweede Kamer.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-34700-19.html',
    sentences: [
      'Beweging is mogelijk.',
      'Het vraagt om een gerichte tussenstap waarin partijen nieuwe bereidheid kunnen vinden om zonder voorwaarden vooraf het onderlinge gesprek aan te gaan.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/h-tk-19981999-5576-5580.html',
    sentences: [
      'Voorzitter!',
      'Het unieke karakter van de Waddenzee vraagt om een unieke bescherming.',
      'Daarom vereisen de te volgen procedures over dit onderwerp de grootst mogelijke zorgvuldigheid.',
      'Dat is de aanleiding voor dit zogenaamde tweeminutendebatje.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/h-tk-19981999-5576-5580.html',
    sentences: [
      'Toen de fractie van de PvdA de gasboringen in het Waddengebied bij de discussie over de Derde energienota in 1996 en in 1997 in haar discussienota "Gas, winnen of verliezen" opnieuw ter discussie stelde, wisten wij dat het boeken van resultaat een kwestie van lange adem zou worden.',
      'Onze wens om het wad met rust te laten, zou niet snel in vervulling gaan.',
      'Maar het kabinet heeft niet stilgezeten.',
      'Met genoegen stelt de PvdA-fractie dan ook vast dat de regering van mening is dat de PKB Waddenzee gehandhaafd moet blijven en dat de voortzetting van het huidige beleid ten aanzien van de mijnbouwactiviteiten geen vanzelfsprekendheid is.',
      'De fractie van de PvdA heeft er vertrouwen in dat het kabinet deze discussie tot een goed eind zal brengen, dat wil zeggen geen nieuwe proef- en winningsboringen en geen nieuwe concessies in het Waddengebied.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/h-tk-19981999-5576-5580.html',
    sentences: [
      'Wij hebben er begrip voor dat het kabinet wat meer tijd nodig heeft om tot besluiten te komen dan oorspronkelijk de bedoeling was.',
      'Liever meer tijd voor een goed besluit dan onder tijdsdruk een slecht besluit.',
      'Gelet op de grote belangen die op het spel staan voor het Nederlandse aardgas- en natuurbeleid is een beetje geduld op zijn plaats.',
      'Toch willen wij, om ieder misverstand uit te sluiten over te volgen procedures, nog eventjes de puntjes op de i zetten naar aanleiding van de brief van 25 juni van het kabinet.',
      'Deze is op verzoek van de fracties van de PvdA en D66 aan de Kamer toegezonden.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/h-tk-20112012-97-8.html',
    sentences: [
      'Ik stel voor, hedenmiddag ook te stemmen over de aangehouden motie-Ouwehand (21501-32, nr. 590).',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/h-tk-20112012-97-8.html',
    sentences: [
      'Ik stel voor, toestemming te verlenen tot het houden van wetgevings- c.q. notaoverleg met stenografisch verslag op maandag 25 juni 2012:',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/h-tk-20112012-97-8.html',
    sentences: [
      'Voorzitter.',
      "Recent is een voormalig handlanger van Yasser Arafat veroordeeld wegens het verduisteren van tientallen miljoenen euro's.",
      "De zogenaamde Palestijnse president Abbas wordt inmiddels ook beschuldigd van het wegsluizen van zo'n 30 mln.",
      'Ik ontvang hierover graag een brief van de staatssecretaris en de minister van Buitenlandse Zaken, waarin ook ingegaan wordt op de vraag of hier wellicht direct of indirect Nederlandse hulpgelden bij betrokken zijn.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/h-tk-20112012-97-8.html',
    sentences: ['Het woord is aan de heer Koopmans.', 'Hij heeft twee verzoeken.'],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-28867-B.html',
    sentences: [
      'Hieronder zijn opgenomen het advies van de Raad van State d.d. 17 maar 2003 en het nader rapport d.d. 28 april 2003, aangeboden aan de Koningin door de minister van Justitie.',
      'Het advies van de Raad van State is cursief afgedrukt.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-28867-B.html',
    sentences: [
      'Bij Kabinetsmissive van 18 december 2002, no. 02.005813, heeft Uwe Majesteit, op voordracht van de Minister van Justitie, bij de Raad van State ter overweging aanhangig gemaakt het voorstel van wet met memorie van toelichting tot wijziging van de titels 7 en 8 van Boek 1 van het Burgerlijk Wetboek (aanpassing wettelijke gemeenschap van goederen).',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-28867-B.html',
    sentences: [
      'Blijkens de mededeling van de directeur van Uw kabinet van 18 december 2002, nr. 02.005813, machtigde Uwe Majesteit de Raad van State zijn advies inzake het bovenvermelde voorstel van wet rechtstreeks aan mij te doen toekomen.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-28867-B.html',
    sentences: ['Dit advies, gedateerd 17 maart 2003, nr. W03.02.0562/1, bied ik U hierbij aan.'],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-28867-B.html',
    sentences: [
      'Het voorliggende wetsvoorstel is het derde wetsvoorstel op het terrein van het huwelijksvermogensrecht.',
      'In dit wetsvoorstel staat het wettelijk stelsel van gemeenschap van goederen centraal.',
      'Met de voorgestelde aanpassing van dit stelsel wordt beoogd aan te sluiten bij maatschappelijke ontwikkelingen, zoals de emancipatie van de vrouw, het feit dat veel vrouwen tijdens hun huwelijk blijven werken en het aantal echtscheidingen.',
      'Voorts wordt met het wetsvoorstel beoogd het wettelijk stelsel van huwelijksvermogensrecht aan te passen aan nieuwe juridische ontwikkelingen, zoals het nieuwe erfrecht.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-26494-1.html',
    sentences: [
      'Hierbij bied ik u, mede namens mijn ambtgenoot van Binnenlandse Zaken en Koninkrijksrelaties, de Notitie inzake aanpak illegaal wapenbezit en -geweld aan, die op 16 april 1999 door het Kabinet werd geaccordeerd.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-26494-1.html',
    sentences: [
      'In mei 1998 werd door het driehoeksoverleg van de politieregio Rotterdam-Rijnmond een rapport, getiteld «Aanpak van het vuurwapengeweld», aangeboden aan de toenmalige ministers van Justitie en van Binnenlandse Zaken.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-26494-1.html',
    sentences: [
      'Het Kabinet heeft met interesse kennis genomen van het Rotterdamse rapport.',
      'Het bevat waardevolle suggesties en vormt een goede aanzet voor de discussie over de aanpak van illegaal wapenbezit en -geweld.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/kst-26494-1.html',
    sentences: [
      'Inmiddels heeft het onderwerp wapengeweld recentelijk ook aandacht gekregen als gevolg van een aantal ernstige incidenten waarbij het gebruik van vuurwapens aan de orde was.',
      'Naar aanleiding daarvan is veelvuldig de vraag opgeworpen of de huidige aanpak van illegaal wapenbezit nog wel voldoet dan wel of deze moet worden geïntensiveerd.',
      'In deze notitie geven wij ons standpunt over de aanpak van illegaal wapenbezit weer aan de hand van de aanbevelingen uit het rapport van de driehoek van Rotterdam.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/dossier/kst-31700-VI-9.html',
    sentences: [
      'Tijdens het Algemeen Overleg (AO) over geweld tegen werknemers met een publieke taak op 15 januari jl. (Kamerstuk 28 684, nr. 129) en het AO Veiligheid begint bij Voorkomen op 31 januari jl. is de toepassing van snelrecht door het lid Teeven (VVD) aan de orde gesteld.',
      'Op 14 februari jl. is vervolgens de motie-Teeven/Heerts 28 684, nr. 125 aangenomen, waarin de regering wordt verzocht in overleg te treden met de Raad voor de rechtspraak teneinde te realiseren dat, indien noodzakelijk, ook op avonden en op zaterdagen en zondagen snelrechtzittingen kunnen plaatsvinden.',
    ],
  },
  {
    source: 'https://zoek.officielebekendmakingen.nl/dossier/kst-31700-VI-9.html',
    sentences: [
      'Bij de Algemene Politieke Beschouwingen is op 18 september jl. de motie-Rutte 31 700, nr. 13 aangenomen, waarbij wordt uitgesproken dat op deze misdrijven (geweld in welke vorm dan ook tegen werknemers in de publiek-maatschappelijke dienstverlenende sector) consequent moet worden gereageerd met toepassing van supersnelrecht in de zin dat de daders na aanhouding pas weer op vrije voeten komen na het uitzitten van hun straf.',
    ],
  },
  {
    source:
      'https://www.denederlandsegrondwet.nl/id/vkm7gal556yb/memorie_van_antwoord_verklaring_dat_er (Memorie van antwoord, ontvangen 16 februari 1981)',
    sentences: [
      'De leden van de fractie van het C.D.A. vingen hun bijdrage aan het voorlopig verslag aan met te stellen dat zij zich in het algemeen konden verenigen met een minder gedetailleerde regeling van de verdediging in de Grondwet.',
      'Zij achtten het evenwel in het kader van de ontworpen grondwetsbepalingen evenwichtiger, en ook inhoudelijk beter, indien in de Grondwet wèl gewag zou worden gemaakt van het bestaan van de krijgsmacht.',
      'Het heeft ons teleurgesteld uit het voorlopig verslag voorshands te moeten concluderen dat de leden van de C.D.A.-fractie bezwaar hadden tegen het niet meer in de Grondwet vermelden van de krijgsmacht.',
      'Het betreft hier de belangrijke vraag hoe de plaats van de krijgsmacht in ons constitutionele bestel het beste kan worden aangegeven.',
    ],
  },
];
