/** Real text of question and answer 3 of ah-tk-20212022-3019 (Kamervraag 2022Z04510), for exact expectations. */
export const Q3 =
  'Is bij de afweging voor aanschaf van deze bewakingscamera’s het risico op misbruik van het camerasysteem door statelijke actoren een expliciet toetsingscriterium geweest en hoe is dat risico destijds beoordeeld?';
/** Ends just before footnote marker 2 ("infrastructuur2."). */
export const A3_1_BEFORE_NOTE =
  'De AIVD waarschuwt regelmatig voor de risico’s van het gebruik van hard- en software afkomstig uit landen met een offensief cyberprogramma gericht tegen Nederlandse belangen (zoals China) bij de uitwisseling van gevoelige informatie of in vitale infrastructuur';
export const A3_2 =
  'In relatie tot nationale veiligheidsrisico’s bestaat er overheidsbeleid dat voorschrijft dat nationale veiligheidsoverwegingen worden meegewogen bij de inkoop en aanbesteding van producten en diensten. Bij de aanschaf en implementatie van gevoelige apparatuur of programmatuur wordt volgens dit beleid rekening gehouden met zowel risico’s in relatie tot een leverancier, als met het concrete gebruik van de systemen, bijvoorbeeld als het gaat om de toegang tot systemen door derden. Bij elke casus wordt door de overheidsorganisatie bezien of en hoe risico’s beheersbaar kunnen worden gemaakt en of daartoe te nemen maatregelen proportioneel zijn. Afwegingen rondom de aanschaf en ingebruikname van ICT- producten en diensten zijn de eigen verantwoordelijk van de organisaties die tot aanschaf overgaan. Dat betekent dat overheidsorganisaties zelf risicoafwegingen uitvoeren voordat (digitale) producten en diensten van een leverancier, zoals beveiligingscamera’s, worden afgenomen en bepalen aan welke (beveiligings)eisen een leverancier moet voldoen om voor verlening van een opdracht in aanmerking te komen. Daarnaast geldt voor de gehele overheid voor de aanschaf van digitale producten en diensten de Baseline Informatiebeveiliging Overheid (BIO). De BIO kent een risicogebaseerde aanpak met een concrete set aan eisen als ondergrens. Uitgangspunt is onder meer ook de eigen verantwoordelijkheid van overheidsorganisaties. Daarom is er geen centraal overzicht beschikbaar van Chinese camera’s in gebruik bij de overheid en eventuele risico’s die daarmee verbonden zijn en ook niet van de afwegingen die ten grondslag lagen bij de aankoop.';
export const A3_3 =
  'Tevens is er ook expliciet aandacht voor de bescherming van persoonsgegevens, die worden verwerkt bij het gebruik van beveiligingscamera’s. Deze verwerking van persoonsgegevens dient te voldoen aan de wettelijke eisen die daaraan zijn gesteld. De Algemene Verordening Gegevensbescherming bevat de regeling hiervan. Met een data protection impact assessment (DPIA) wordt in kaart gebracht of er een goede grondslag is voor de verwerking is en of de verwerking noodzakelijk en proportioneel is. Indien er in dat verband risico’s gesignaleerd worden, wordt in kaart gebracht welke maatregelen genomen worden om die risico’s aan te pakken.';
export const NOTE_2 = '[Plaatshouder] Verwijzing naar een publicatie van de AIVD.';
export const SOURCE_URL = 'https://zoek.officielebekendmakingen.nl/ah-tk-20212022-3019.html';
export const CITATION_3 =
  'Aanhangsel Handelingen II 2021/22, nr. 3019, antwoord op vraag 3 (2022Z04510)';

export const EXPECTED_PLAIN_3 = [
  'Vraag 3',
  Q3,
  'Antwoord 3',
  `${A3_1_BEFORE_NOTE}[2].`,
  A3_2,
  A3_3,
  `Noten\n[2] ${NOTE_2}`,
  `Bron: ${CITATION_3}, ${SOURCE_URL}`,
].join('\n\n');

export const EXPECTED_HTML_3 = [
  '<p><strong>Vraag 3</strong></p>',
  `<p>${Q3}</p>`,
  '<p><strong>Antwoord 3</strong></p>',
  `<p>${A3_1_BEFORE_NOTE}<sup>2</sup>.</p>`,
  `<p>${A3_2}</p>`,
  `<p>${A3_3}</p>`,
  '<p><strong>Noten</strong></p>',
  `<p><sup>2</sup> ${NOTE_2}</p>`,
  `<p>Bron: ${CITATION_3}, <a href="${SOURCE_URL}">${SOURCE_URL}</a></p>`,
].join('\n');

export const EXPECTED_MARKDOWN_3 = [
  '**Vraag 3**',
  Q3,
  '**Antwoord 3**',
  `${A3_1_BEFORE_NOTE}[^2].`,
  A3_2,
  A3_3,
  `[^2]: ${NOTE_2.replace('[Plaatshouder]', '\\[Plaatshouder\\]')}`,
  `Bron: ${CITATION_3}, <${SOURCE_URL}>`,
].join('\n\n');
