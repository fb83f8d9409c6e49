<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/shell/about_dialog.py" line="29"/>
        <source>About Adviser Desk</source>
        <translation>Over Adviser Desk</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/about_dialog.py" line="33"/>
        <source>&lt;b&gt;Adviser Desk {version}&lt;/b&gt;&lt;br/&gt;For school confidential advisers handling online abuse, sexting and exposure. Case files are encrypted with SQLCipher (AES-256) and never leave this computer unless you export them.&lt;br/&gt;&lt;br/&gt;Free software under the European Union Public Licence 1.2 (EUPL-1.2). It builds on the open-source components listed under Third-party notices.</source>
        <translation>&lt;b&gt;Adviser Desk {version}&lt;/b&gt;&lt;br/&gt;Voor vertrouwenspersonen op school bij online misbruik, sexting en shaming. Zaakbestanden zijn versleuteld met SQLCipher (AES-256) en verlaten deze computer niet, tenzij je ze exporteert.&lt;br/&gt;&lt;br/&gt;Vrije software onder de Europese openbare licentie 1.2 (EUPL-1.2). Het bouwt voort op de opensourceonderdelen onder Licenties van derden.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/about_dialog.py" line="45"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/about_dialog.py" line="46"/>
        <source>Third-party notices</source>
        <translation>Licenties van derden</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/about_dialog.py" line="62"/>
        <source>{name} is missing from this installation.</source>
        <translation>{name} ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/about_dialog.py" line="106"/>
        <source>Diagnostics copied</source>
        <translation>Diagnose gekopieerd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/about_dialog.py" line="107"/>
        <source>The diagnostics are on the clipboard: paste them into a message to your IT desk. They hold versions, settings of this computer and the recent log, never case data.

The log folder is {folder}.</source>
        <translation>De diagnose staat op het klembord: plak die in een bericht aan je ICT-afdeling. Er staan versies, instellingen van deze computer en het recente logboek in, nooit zaakgegevens.

De logboekmap is {folder}.</translation>
    </message>
</context>
<context>
    <name>AddAdviserDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="54"/>
        <source>Add an adviser</source>
        <translation>Vertrouwenspersoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="58"/>
        <source>Let your colleague type their own name and password: they unlock the case file with it, and everything they record carries their name. The recovery key stays the same.</source>
        <translation>Laat je collega zelf naam en wachtwoord typen: daarmee ontgrendelt hij of zij het zaakbestand, en alles wat hij of zij vastlegt, draagt die naam. De herstelsleutel blijft dezelfde.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="70"/>
        <source>Add adviser</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="80"/>
        <source>Making the key from the password… a few seconds.</source>
        <translation>De sleutel wordt uit het wachtwoord gemaakt… een paar seconden.</translation>
    </message>
</context>
<context>
    <name>AdvisersDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="262"/>
        <source>Advisers</source>
        <translation>Vertrouwenspersonen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="266"/>
        <source>Each adviser unlocks this case file with their own password, and the records they make carry their name. The recovery key belongs to the case file.</source>
        <translation>Elke vertrouwenspersoon ontgrendelt dit zaakbestand met een eigen wachtwoord, en wat hij of zij vastlegt, draagt die naam. De herstelsleutel hoort bij het zaakbestand.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="275"/>
        <source>Adviser</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="275"/>
        <source>Last unlocked</source>
        <translation>Laatst ontgrendeld</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="275"/>
        <source>Access since</source>
        <translation>Toegang sinds</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="285"/>
        <source>&amp;Add adviser…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="287"/>
        <source>&amp;Remove access…</source>
        <translation>Toegang &amp;intrekken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="289"/>
        <source>Re-&amp;key…</source>
        <translation>Opnieuw &amp;versleutelen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="312"/>
        <source>Could not read the advisers</source>
        <translation>Kon de vertrouwenspersonen niet lezen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="319"/>
        <source>(no name yet)</source>
        <translation>(nog geen naam)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="321"/>
        <source>{name} (you)</source>
        <translation>{name} (jij)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="323"/>
        <source>{name}, no password in the key file</source>
        <translation>{name}, geen wachtwoord in het sleutelbestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="358"/>
        <source>Remove access</source>
        <translation>Toegang intrekken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="360"/>
        <source>Remove {name}&apos;s access to this case file? Their password and any key remembered for them stop working at once. What they recorded stays, under their name.</source>
        <translation>De toegang van {name} tot dit zaakbestand intrekken? Het wachtwoord en een onthouden sleutel van {name} werken dan meteen niet meer. Wat {name} heeft vastgelegd, blijft staan, onder die naam.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="369"/>
        <source>Could not remove the adviser</source>
        <translation>Kon de toegang niet intrekken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="376"/>
        <source>Re-key now?</source>
        <translation>Nu opnieuw versleutelen?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="378"/>
        <source>{name} may still know the case file&apos;s key, and may have a copy of the recovery sheet. Re-key now, so that neither opens the case file any more? You can also do it later with Re-key.</source>
        <translation>{name} kan de sleutel van het zaakbestand nog kennen en een kopie van het herstelblad hebben. Nu opnieuw versleutelen, zodat geen van beide het zaakbestand nog opent? Dit kan ook later met Opnieuw versleutelen.</translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/annual_report_dialog.py" line="34"/>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/annual_report_dialog.py" line="37"/>
        <source>Counts for the school&apos;s annual account: cases opened in the year by incident type and month, how they stand, police reports, referrals, reports to Veilig Thuis and the median duration. No names and no case details; every count below 5 is printed as “&lt;5”, so a small school cannot be read back to a child.</source>
        <translation>Aantallen voor het jaarverslag van de school: zaken die in het jaar zijn geopend per soort incident en per maand, hoe ze ervoor staan, aangiften en meldingen bij de politie, verwijzingen, meldingen bij Veilig Thuis en de mediane doorlooptijd. Geen namen en geen details van zaken; elk aantal onder de 5 staat er als ‘&lt;5’, zodat op een kleine school niet te herleiden is om welk kind het gaat.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/annual_report_dialog.py" line="57"/>
        <source>Also save the counts as a CSV file (for a spreadsheet)</source>
        <translation>De aantallen ook opslaan als CSV-bestand (voor een spreadsheet)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/annual_report_dialog.py" line="62"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/annual_report_dialog.py" line="66"/>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/annual_report_dialog.py" line="83"/>
        <source>Annual report {year}.pdf</source>
        <translation>Jaarverslag {year}.pdf</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/annual_report_dialog.py" line="88"/>
        <source>The annual report was not saved</source>
        <translation>Het jaarverslag is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/annual_report_dialog.py" line="97"/>
        <source>Saved:
{files}

These files are not encrypted, but hold counts only.</source>
        <translation>Opgeslagen:
{files}

Deze bestanden zijn niet versleuteld, maar bevatten alleen aantallen.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="43"/>
        <source>Choose a folder for the backup (a USB stick)</source>
        <translation>Kies een map voor de back-up (een USB-stick)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="51"/>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="78"/>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="52"/>
        <source>Making an encrypted backup…</source>
        <translation>Versleutelde back-up maken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="62"/>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="66"/>
        <source>The backup was saved as {path}. It is encrypted: it opens with the password you use now (of {date}) or with the recovery key. If you change your password later, this backup still needs today&apos;s password, or the recovery key. Re-encrypting the case file gives a new recovery key; this backup keeps opening with the one you have now.</source>
        <translation>De back-up is opgeslagen als {path}. Hij is versleuteld: hij opent met het wachtwoord dat je nu gebruikt (van {date}) of met de herstelsleutel. Wijzig je later je wachtwoord, dan heeft deze back-up nog steeds het wachtwoord van vandaag nodig, of de herstelsleutel. Opnieuw versleutelen van het zaakbestand geeft een nieuwe herstelsleutel; deze back-up blijft openen met de sleutel die je nu hebt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="79"/>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>De back-up is geannuleerd; er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="82"/>
        <source>The backup failed</source>
        <translation>De back-up is mislukt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="92"/>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="134"/>
        <source>Verify case file</source>
        <translation>Zaakbestand controleren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="93"/>
        <source>Checking every encrypted page and the audit chain…</source>
        <translation>Elke versleutelde pagina en de auditketen worden gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="96"/>
        <source>The check could not run</source>
        <translation>De controle kon niet worden uitgevoerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="103"/>
        <source>The case file is intact: every encrypted page passed its check, the database structure is sound and the audit chain of %n event(s) is unbroken.</source>
        <translation>
            <numerusform>Het zaakbestand is in orde: elke versleutelde pagina is goedgekeurd, de databasestructuur is gezond en de auditketen van %n gebeurtenis is ongebroken.</numerusform>
            <numerusform>Het zaakbestand is in orde: elke versleutelde pagina is goedgekeurd, de databasestructuur is gezond en de auditketen van %n gebeurtenissen is ongebroken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="112"/>
        <source>%n encrypted page(s) fail their integrity check.</source>
        <translation>
            <numerusform>%n versleutelde pagina is afgekeurd bij de integriteitscontrole.</numerusform>
            <numerusform>%n versleutelde pagina&apos;s zijn afgekeurd bij de integriteitscontrole.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="116"/>
        <source>The database structure is damaged.</source>
        <translation>De databasestructuur is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="119"/>
        <source>The audit chain is broken at event {seq}.</source>
        <translation>De auditketen is verbroken bij gebeurtenis {seq}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="123"/>
        <source>Restore the case file from a backup and tell your IT staff.</source>
        <translation>Zet het zaakbestand terug uit een back-up en meld het bij je ICT-afdeling.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../adviser_desk/ui/common/working_dialog.py" line="35"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
</context>
<context>
    <name>CaseFileDetailsDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="489"/>
        <source>Case file details</source>
        <translation>Gegevens zaakbestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="494"/>
        <source>Street and number
Postcode and town</source>
        <translation>Straat en huisnummer
Postcode en plaats</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="497"/>
        <source>Town printed with the date on letters</source>
        <translation>Plaats die met de datum op brieven komt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="501"/>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="503"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="512"/>
        <source> years after closing</source>
        <translation> jaar na sluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="513"/>
        <source>Adviser:</source>
        <translation>Vertrouwenspersoon:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="514"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="515"/>
        <source>School address:</source>
        <translation>Adres van de school:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="516"/>
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="517"/>
        <source>Logo on letters:</source>
        <translation>Logo op brieven:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="518"/>
        <source>Keep closed cases:</source>
        <translation>Gesloten zaken bewaren:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="530"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="535"/>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="545"/>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="554"/>
        <source>Choose logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="535"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="546"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} kon niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>CaseFileOpening</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/opening.py" line="117"/>
        <source>Open case file</source>
        <translation>Zaakbestand openen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/opening.py" line="152"/>
        <location filename="../../adviser_desk/ui/case_file/opening.py" line="171"/>
        <source>The demo could not be opened</source>
        <translation>De demo kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/opening.py" line="157"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/opening.py" line="158"/>
        <source>Making the demo case file…</source>
        <translation>Demo wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/opening.py" line="187"/>
        <source>Case file upgraded</source>
        <translation>Zaakbestand bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/opening.py" line="189"/>
        <source>This case file was upgraded for this version of Adviser Desk. An encrypted copy of the old version was kept as {path}.</source>
        <translation>Dit zaakbestand is bijgewerkt voor deze versie van Adviser Desk. Een versleutelde kopie van de oude versie is bewaard als {path}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/opening.py" line="194"/>
        <source>Please note</source>
        <translation>Let op</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/opening.py" line="201"/>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/opening.py" line="204"/>
        <source>This case file does not say yet who keeps it. Your name is printed on evidence logs, summaries and letters and recorded in the audit log (instead of this computer&apos;s login). You can change it later in Case &gt; Case file details.

Your name:</source>
        <translation>Dit zaakbestand vermeldt nog niet wie het bijhoudt. Je naam komt op bewijslogboeken, samenvattingen en brieven en in het auditlog (in plaats van de inlognaam van deze computer). Je kunt hem later wijzigen via Zaak &gt; Gegevens zaakbestand.

Je naam:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/opening.py" line="223"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>CaseFilePage</name>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="50"/>
        <source>Select a case on the left, or start a new one with “New case…” (Ctrl+N).</source>
        <translation>Kies links een zaak, of begin een nieuwe met ‘Nieuwe zaak…’ (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="84"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="85"/>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="86"/>
        <source>On this computer:</source>
        <translation>Op deze computer:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="87"/>
        <source>Audit chain head:</source>
        <translation>Laatste schakel auditketen:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="92"/>
        <source>Filter the audit log…</source>
        <translation>Auditlog filteren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="111"/>
        <source>Every change is recorded here, append-only and hash-linked. It names case numbers and kinds of change, never the names of students, parents or others involved in a case.</source>
        <translation>Elke wijziging wordt hier vastgelegd, alleen aanvullend en elk met de vingerafdruk (SHA-256) van de vorige aan elkaar geschakeld, zodat een gewiste of veranderde regel opvalt. Er staan zaaknummers en soorten wijzigingen in, nooit namen van leerlingen, ouders of andere betrokkenen in een zaak.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="124"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="129"/>
        <source>C&amp;ases</source>
        <translation>Za&amp;ken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="131"/>
        <source>Case file and audit log</source>
        <translation>Zaakbestand en auditlog</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="245"/>
        <source>remembered (opens without password)</source>
        <translation>onthouden (opent zonder wachtwoord)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="247"/>
        <source>password needed to open</source>
        <translation>wachtwoord nodig om te openen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_file_page.py" line="250"/>
        <source>{head}… ({count} events)</source>
        <translation>{head}… ({count} gebeurtenissen)</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="64"/>
        <source>Search number, subject, people, notes, evidence… (Ctrl+F)</source>
        <translation>Zoek op nummer, titel, personen, notities, bewijs… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="69"/>
        <source>Finds cases by number, title, description and platforms, the people&apos;s names, schools and classes, notes, tasks, evidence descriptions, web addresses, accounts and message texts, and what the adviser and the student said in interviews. Not searched: notes within interviews, and letters.</source>
        <translation>Vindt zaken op nummer, titel, beschrijving en platforms, de namen, scholen en klassen van de betrokkenen, notities, taken, beschrijvingen, webadressen, accounts en berichtteksten van bewijs, en wat de vertrouwenspersoon en de leerling in gesprekken zeiden. Niet doorzocht: notities binnen gesprekken, en brieven.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="79"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="84"/>
        <source>All incident types</source>
        <translation>Alle soorten incidenten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="92"/>
        <source>Overdue tasks</source>
        <translation>Verlopen taken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="94"/>
        <source>New case…</source>
        <translation>Nieuwe zaak…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="99"/>
        <source>New case (Ctrl+N)</source>
        <translation>Nieuwe zaak (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="134"/>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="135"/>
        <source>Incident type filter</source>
        <translation>Filter op soort incident</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="141"/>
        <source>&amp;Quick search:</source>
        <translation>Zo&amp;eken:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="144"/>
        <source>Sho&amp;w:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="213"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="245"/>
        <source>{shown} of {total} cases</source>
        <translation>{shown} van {total} zaken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_list.py" line="252"/>
        <source>No cases found for “{text}”.</source>
        <translation>Geen zaken gevonden voor “{text}”.</translation>
    </message>
</context>
<context>
    <name>CaseMenuActions</name>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_menu.py" line="79"/>
        <source>Select a case first, then export its summary.</source>
        <translation>Kies eerst een zaak en exporteer dan de samenvatting.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/case_menu.py" line="151"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../adviser_desk/ui/case/case_view.py" line="81"/>
        <source>Tas&amp;ks</source>
        <translation>&amp;Taken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_view.py" line="82"/>
        <source>&amp;Timeline and notes</source>
        <translation>Tij&amp;dlijn en notities</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_view.py" line="83"/>
        <source>Inter&amp;views</source>
        <translation>&amp;Gesprekken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_view.py" line="84"/>
        <source>Ev&amp;idence</source>
        <translation>Bewij&amp;s</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_view.py" line="79"/>
        <source>Ove&amp;rview</source>
        <translation>Overzi&amp;cht</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_view.py" line="80"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_view.py" line="85"/>
        <source>&amp;Letters</source>
        <translation>B&amp;rieven</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_view.py" line="86"/>
        <source>&amp;Meldcode</source>
        <translation>&amp;Meldcode</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_view.py" line="159"/>
        <source>%n overdue task(s)</source>
        <translation>
            <numerusform>%n verlopen taak</numerusform>
            <numerusform>%n verlopen taken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_view.py" line="200"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_view.py" line="201"/>
        <source>Case {number} has unsaved changes on its Overview. Save them?</source>
        <translation>Zaak {number} heeft niet-opgeslagen wijzigingen in het Overzicht. Opslaan?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/lock_keep.py" line="87"/>
        <source>Your unsaved changes on the Overview of case {number} were saved when the case file was locked.</source>
        <translation>Je niet-opgeslagen wijzigingen in het Overzicht van zaak {number} zijn opgeslagen toen het zaakbestand werd vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/lock_keep.py" line="125"/>
        <source>what the lock kept</source>
        <translation>wat het vergrendelen bewaarde</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="137"/>
        <source>Case {number} closed.</source>
        <translation>Zaak {number} gesloten.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="162"/>
        <source>Case {number} reopened.</source>
        <translation>Zaak {number} is heropend.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_dialogs.py" line="73"/>
        <location filename="../../adviser_desk/ui/case_file/password_dialogs.py" line="80"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_dialogs.py" line="76"/>
        <source>The case file itself is not re-encrypted: only its key is locked with the new password. The recovery key stays the same.</source>
        <translation>Het zaakbestand zelf wordt niet opnieuw versleuteld: alleen de sleutel wordt met het nieuwe wachtwoord afgesloten. De herstelsleutel blijft dezelfde.</translation>
    </message>
</context>
<context>
    <name>ChoicePerson</name>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="342"/>
        <source>Add the mentor or another staff member on the People tab to choose them here.</source>
        <translation>Voeg de mentor of een andere medewerker toe op het tabblad Personen om die hier te kiezen.</translation>
    </message>
</context>
<context>
    <name>ClipboardPaste</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="102"/>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="140"/>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="149"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="154"/>
        <source>pasted video</source>
        <translation>geplakt filmpje</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="154"/>
        <source>pasted image</source>
        <translation>geplakte afbeelding</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="134"/>
        <source>File cannot be added</source>
        <translation>Bestand kan niet worden toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="145"/>
        <source>Adding evidence</source>
        <translation>Bewijs toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="146"/>
        <source>Checking what was pasted…</source>
        <translation>Controleren wat er is geplakt…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="158"/>
        <source>The pasted video</source>
        <translation>De geplakte video</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="158"/>
        <source>The pasted image</source>
        <translation>De geplakte afbeelding</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="167"/>
        <source>pasted as a bitmap: the clipboard offered no file, so this PNG was made by Adviser Desk and its SHA-256 is not that of what was received</source>
        <translation>geplakt als bitmap: het klembord bood geen bestand, dus deze PNG is door Adviser Desk gemaakt en de SHA-256 is niet die van wat je ontving</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="267"/>
        <source>Close case {number}</source>
        <translation>Zaak {number} sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="272"/>
        <source>%n task(s) of this case are still open.</source>
        <translation>
            <numerusform>Er staat nog %n taak van deze zaak open.</numerusform>
            <numerusform>Er staan nog %n taken van deze zaak open.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="274"/>
        <source>No task of this case is open.</source>
        <translation>Er staat geen taak van deze zaak meer open.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="305"/>
        <source>How the case ended is not recorded yet: choose the outcome.</source>
        <translation>De afloop is nog niet vastgelegd: kies hoe de zaak is afgelopen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="389"/>
        <source>The retention period starts today. A closed case can be reopened later.</source>
        <translation>De bewaartermijn gaat vandaag in. Een gesloten zaak kun je later weer openen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="301"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Afloop:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="278"/>
        <source>The incident types ticked with it add %n protocol task(s), not applicable as the case is closed.</source>
        <translation>
            <numerusform>De incidenttypes die je erbij aanvinkte, voegen %n protocoltaak toe, als niet van toepassing omdat de zaak gesloten wordt.</numerusform>
            <numerusform>De incidenttypes die je erbij aanvinkte, voegen %n protocoltaken toe, als niet van toepassing omdat de zaak gesloten wordt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="319"/>
        <source>&amp;Mark the %n open task(s) not applicable</source>
        <translation>
            <numerusform>De %n open taak als niet van toepassing &amp;markeren</numerusform>
            <numerusform>De %n open taken als niet van toepassing &amp;markeren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="324"/>
        <source>Each is recorded in the timeline and the audit log with the reason below</source>
        <translation>Elke taak wordt met de reden hieronder vastgelegd in de tijdlijn en het auditlog</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="326"/>
        <source>Case closed</source>
        <translation>Zaak gesloten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="330"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="335"/>
        <source>&amp;Close case</source>
        <translation>Zaak &amp;sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="348"/>
        <source>%n file(s) still wait for the question about minors: {numbers}. Closing does not answer it: the files keep waiting, and the case cannot be handed over or exported for the police until each is answered. To answer first, choose Cancel and go to the Evidence tab.</source>
        <translation>
            <numerusform>%n bestand wacht nog op de vraag over minderjarigen: {numbers}. Sluiten beantwoordt die vraag niet: het bestand blijft wachten, en de zaak kan pas worden overgedragen of voor de politie geëxporteerd als de vraag is beantwoord. Eerst antwoorden? Kies Annuleren en ga naar het tabblad Bewijs.</numerusform>
            <numerusform>%n bestanden wachten nog op de vraag over minderjarigen: {numbers}. Sluiten beantwoordt die vraag niet: de bestanden blijven wachten, en de zaak kan pas worden overgedragen of voor de politie geëxporteerd als elke vraag is beantwoord. Eerst antwoorden? Kies Annuleren en ga naar het tabblad Bewijs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="365"/>
        <source>This interview is still open and stays open when you close the case:</source>
        <translation>Dit gesprek is nog open en blijft open als je de zaak sluit:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="367"/>
        <source>These interviews are still open and stay open when you close the case:</source>
        <translation>Deze gesprekken zijn nog open en blijven open als je de zaak sluit:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="374"/>
        <source>its closing typed, not finished</source>
        <translation>afsluiting getypt, niet afgerond</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="377"/>
        <source>Close it first on the Interviews tab, so its record is complete.</source>
        <translation>Sluit het eerst af op het tabblad Gesprekken, zodat het verslag compleet is.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="379"/>
        <source>Close them first on the Interviews tab, so each record is complete.</source>
        <translation>Sluit ze eerst af op het tabblad Gesprekken, zodat elk verslag compleet is.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="402"/>
        <source>Choose how the case ended first.</source>
        <translation>Kies eerst hoe de zaak is afgelopen.</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="100"/>
        <source>Close the interview</source>
        <translation>Gesprek afsluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="119"/>
        <source>One task per line</source>
        <translation>Eén taak per regel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="131"/>
        <source>Tick only who the student agreed to in this conversation. In the case now: {audience}. Left all unticked, the case keeps that.</source>
        <translation>Vink alleen aan waar de leerling in dit gesprek mee instemde. Nu in de zaak: {audience}. Laat je alles leeg, dan blijft dat zo.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="133"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="112"/>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="141"/>
        <source>What was agreed:</source>
        <translation>Wat is afgesproken:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="113"/>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="143"/>
        <source>The student&apos;s wishes:</source>
        <translation>Wensen van de leerling:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="144"/>
        <source>May be told:</source>
        <translation>Mag worden ingelicht:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="146"/>
        <source>Publicity:</source>
        <translation>Openbaarheid:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="158"/>
        <source>Who may be told and the wishes about publicity are the victim&apos;s to decide; this conversation leaves them as they are.</source>
        <translation>Wie het mag weten en de wensen over ruchtbaarheid zijn aan het slachtoffer; dit gesprek laat die zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="114"/>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="167"/>
        <source>Follow-up tasks:</source>
        <translation>Vervolgtaken:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="168"/>
        <source>Images:</source>
        <translation>Beelden:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="169"/>
        <source>Seen by:</source>
        <translation>Gezien door:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="170"/>
        <source>Still spreading:</source>
        <translation>Wordt nog verspreid:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="171"/>
        <source>Criminal offence suspected:</source>
        <translation>Vermoeden van strafbaar feit:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="172"/>
        <source>Psychological help needed:</source>
        <translation>Psychologische hulp nodig:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="219"/>
        <source>In the case now: {value}</source>
        <translation>Nu in de zaak: {value}</translation>
    </message>
</context>
<context>
    <name>ClosingUndo</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="35"/>
        <source>%n open task(s) marked not applicable.</source>
        <translation>
            <numerusform>%n open taak als niet van toepassing gemarkeerd.</numerusform>
            <numerusform>%n open taken als niet van toepassing gemarkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="39"/>
        <source>Undone: case {number} is open again.</source>
        <translation>Ongedaan gemaakt: zaak {number} is weer open.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="42"/>
        <source>%n task(s) the closing marked not applicable are open again.</source>
        <translation>
            <numerusform>%n taak die het sluiten als niet van toepassing had gemarkeerd, staat weer open.</numerusform>
            <numerusform>%n taken die het sluiten als niet van toepassing had gemarkeerd, staan weer open.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="48"/>
        <source>close case {number}</source>
        <translation>zaak {number} sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="58"/>
        <source>%n task(s) that closing marked not applicable are open again.</source>
        <translation>
            <numerusform>%n taak die bij het sluiten niet van toepassing is gemaakt, staat weer open.</numerusform>
            <numerusform>%n taken die bij het sluiten niet van toepassing zijn gemaakt, staan weer open.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="66"/>
        <source>Undone: case {number} is closed again, with its outcome and its closing date, {date}.</source>
        <translation>Ongedaan gemaakt: zaak {number} is weer gesloten, met de afloop en de sluitdatum die ze had: {date}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="70"/>
        <source>Undone: case {number} is closed again.</source>
        <translation>Ongedaan gemaakt: zaak {number} is weer gesloten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="75"/>
        <source>%n task(s) marked not applicable again.</source>
        <translation>
            <numerusform>%n taak weer als niet van toepassing gemarkeerd.</numerusform>
            <numerusform>%n taken weer als niet van toepassing gemarkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="78"/>
        <source>reopen case {number}</source>
        <translation>zaak {number} heropenen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="92"/>
        <source>Unticked again: {types}.</source>
        <translation>Weer uitgevinkt: {types}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="94"/>
        <source>Ticked again: {types}.</source>
        <translation>Weer aangevinkt: {types}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="96"/>
        <source>%n task(s) that save added are removed.</source>
        <translation>
            <numerusform>%n taak die bij dat opslaan was toegevoegd, is verwijderd.</numerusform>
            <numerusform>%n taken die bij dat opslaan waren toegevoegd, zijn verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="99"/>
        <source>%n task(s) that save added were changed since and stay.</source>
        <translation>
            <numerusform>%n taak die bij dat opslaan was toegevoegd, is sindsdien gewijzigd en blijft.</numerusform>
            <numerusform>%n taken die bij dat opslaan waren toegevoegd, zijn sindsdien gewijzigd en blijven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="104"/>
        <source>%n file(s) still wait for the question about minors, to be on the safe side: {numbers}. Answer it on the Evidence tab.</source>
        <translation>
            <numerusform>%n bestand wacht voor de zekerheid nog op de vraag over minderjarigen: {numbers}. Beantwoord die op het tabblad Bewijs.</numerusform>
            <numerusform>%n bestanden wachten voor de zekerheid nog op de vraag over minderjarigen: {numbers}. Beantwoord die op het tabblad Bewijs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="114"/>
        <source>The stored original of %n file(s) was removed after that save and stays removed: {numbers}. Undo does not bring back a removed original.</source>
        <translation>
            <numerusform>Het opgeslagen origineel van %n bestand is na dat opslaan verwijderd en blijft verwijderd: {numbers}. Ongedaan maken brengt een verwijderd origineel niet terug.</numerusform>
            <numerusform>De opgeslagen originelen van %n bestanden zijn na dat opslaan verwijderd en blijven verwijderd: {numbers}. Ongedaan maken brengt een verwijderd origineel niet terug.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCaseFileDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/create_dialog.py" line="44"/>
        <source>Create a new case file</source>
        <translation>Nieuw zaakbestand maken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/create_dialog.py" line="52"/>
        <source>A case file holds all your cases, encrypted. Choose where to keep it and a password only you know. You will get a recovery key to print next.</source>
        <translation>Een zaakbestand bevat al je zaken, versleuteld. Kies waar je het bewaart en een wachtwoord dat alleen jij kent. Daarna krijg je een herstelsleutel om af te drukken.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/create_dialog.py" line="60"/>
        <source>e.g. Marieke Jansen</source>
        <translation>bijv. Marieke Jansen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/create_dialog.py" line="63"/>
        <source>Printed on evidence logs, summaries and letters, and recorded in the audit log.</source>
        <translation>Komt op bewijslogboeken, samenvattingen en brieven, en in het auditlog.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/create_dialog.py" line="68"/>
        <source>Case files</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/create_dialog.py" line="71"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/create_dialog.py" line="78"/>
        <source>Making the key from your password and encrypting the file… a few seconds.</source>
        <translation>De sleutel wordt uit je wachtwoord gemaakt en het bestand versleuteld… een paar seconden.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/create_dialog.py" line="81"/>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/create_dialog.py" line="86"/>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/create_dialog.py" line="87"/>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/create_dialog.py" line="140"/>
        <source>Opening the new case file…</source>
        <translation>Het nieuwe zaakbestand wordt geopend…</translation>
    </message>
</context>
<context>
    <name>DemoMarker</name>
    <message>
        <location filename="../../adviser_desk/ui/shell/demo_marker.py" line="11"/>
        <source>Demo — fictional data</source>
        <translation>Demo — verzonnen gegevens</translation>
    </message>
</context>
<context>
    <name>EvidenceIntakeActions</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="62"/>
        <source>pasted image</source>
        <translation>geplakte afbeelding</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="74"/>
        <source>Add evidence files</source>
        <translation>Bewijsbestanden toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="90"/>
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="161"/>
        <source>Adding evidence</source>
        <translation>Bewijs toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="162"/>
        <source>Hashing and storing…</source>
        <translation>Vingerafdruk maken en opslaan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="197"/>
        <source>%n file(s) not added</source>
        <translation>
            <numerusform>%n bestand niet toegevoegd</numerusform>
            <numerusform>%n bestanden niet toegevoegd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="98"/>
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="165"/>
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="243"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="91"/>
        <source>Checking the files…</source>
        <translation>Bestanden controleren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="190"/>
        <source>Case {number}: {outcome}</source>
        <translation>Zaak {number}: {outcome}</translation>
    </message>
</context>
<context>
    <name>EvidenceItemActions</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/item_actions.py" line="56"/>
        <source>Quick view shows pictures only. To look at this file, open it where you received it; what is stored here is kept unaltered.</source>
        <translation>Bekijken toont alleen afbeeldingen. Wil je dit bestand bekijken, open het dan waar je het kreeg; wat hier is opgeslagen, blijft onveranderd bewaard.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/item_actions.py" line="86"/>
        <location filename="../../adviser_desk/ui/evidence/item_actions.py" line="97"/>
        <source>Takedown</source>
        <translation>Offline halen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/item_actions.py" line="88"/>
        <source>The image of {number} is not kept here, but it may still be online. Add the address where it is with Add &gt; Web address…, then select that address and choose Takedown… to record the report and when to check again.</source>
        <translation>Het beeld van {number} wordt hier niet bewaard, maar het kan nog online staan. Voeg het adres waar het staat toe met Toevoegen &gt; Webadres…, kies dat adres en dan Offline halen… om de melding vast te leggen en wanneer je opnieuw kijkt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/item_actions.py" line="98"/>
        <source>Select a web address: only those can be reported for removal.</source>
        <translation>Selecteer een webadres: alleen die kunnen voor verwijdering worden gemeld.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/item_actions.py" line="119"/>
        <source>Hand-over recorded for %n item(s).</source>
        <translation>
            <numerusform>Overdracht vastgelegd voor %n item.</numerusform>
            <numerusform>Overdracht vastgelegd voor %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceOutput</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="48"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>Geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="66"/>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="74"/>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="79"/>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="83"/>
        <source>Verify evidence</source>
        <translation>Bewijs verifiëren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="67"/>
        <source>These items no longer match their hash: {items}</source>
        <translation>Deze stukken komen niet meer overeen met hun vingerafdruk (SHA-256): {items}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="75"/>
        <source>Every stored item matches the hash taken at intake.</source>
        <translation>Elk opgeslagen stuk komt overeen met de vingerafdruk (SHA-256) die bij ontvangst is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="80"/>
        <source>Checking every stored item against its hash…</source>
        <translation>Elk opgeslagen stuk wordt met zijn vingerafdruk (SHA-256) vergeleken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="98"/>
        <source>Evidence log</source>
        <translation>Bewijslijst</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="107"/>
        <source>Printed; recorded in the chain of custody.</source>
        <translation>Afgedrukt; vastgelegd in de bewaarketen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="110"/>
        <source>Print evidence log</source>
        <translation>Bewijslijst afdrukken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="111"/>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="145"/>
        <source>Verifying the evidence and making the log…</source>
        <translation>Bewijs controleren en de bewijslijst maken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="116"/>
        <source>The evidence log could not be made</source>
        <translation>De bewijslijst kon niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="127"/>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="144"/>
        <source>Save evidence log</source>
        <translation>Bewijslijst opslaan</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="94"/>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="128"/>
        <source>{number} evidence log.pdf</source>
        <translation>{number} bewijslijst.pdf</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="136"/>
        <source>Saved {path}; not encrypted.</source>
        <translation>{path} opgeslagen; niet versleuteld.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="150"/>
        <source>The evidence log was not saved</source>
        <translation>De bewijslijst is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="162"/>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="173"/>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="215"/>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="222"/>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="238"/>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="241"/>
        <source>Export for the police</source>
        <translation>Exporteren voor de politie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="163"/>
        <source>Who receives it (name and organisation)? The export is NOT encrypted.</source>
        <translation>Wie ontvangt het (naam en organisatie)? De export is NIET versleuteld.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="175"/>
        <source>Fill in who receives the export, for example &apos;Officer Jansen, Utrecht police&apos;. It is recorded with the export.</source>
        <translation>Vul in wie de export ontvangt, bijvoorbeeld &apos;Agent Jansen, politie Utrecht&apos;. Dat wordt bij de export vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="198"/>
        <source>Asked before the export for the police: nothing is exported while a file waits for this answer.</source>
        <translation>Gevraagd vóór de export voor de politie: er wordt niets geëxporteerd zolang een bestand op dit antwoord wacht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="210"/>
        <source>Nothing was exported: {numbers} still waits for the question about minors.</source>
        <translation>
            <numerusform>Er is niets geëxporteerd: {numbers} wacht nog op de vraag over minderjarigen.</numerusform>
            <numerusform>Er is niets geëxporteerd: {numbers} wachten nog op de vraag over minderjarigen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="229"/>
        <source>Folder for the export (a USB stick)</source>
        <translation>Map voor de export (een USB-stick)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="236"/>
        <source>Exported to {path}.</source>
        <translation>Geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="242"/>
        <source>Copying the originals and making the log…</source>
        <translation>Originelen kopiëren en de bewijslijst maken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="247"/>
        <source>The export failed</source>
        <translation>De export is mislukt</translation>
    </message>
</context>
<context>
    <name>EvidencePendingActions</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="86"/>
        <source>The selected file was stored before this became a sexual case: answer whether it shows someone under 18 naked or sexually</source>
        <translation>Het gekozen bestand is opgeslagen voordat dit een zaak met seksuele beelden werd: geef antwoord of er iemand onder de 18 naakt of op een seksuele manier op te zien is</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="105"/>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="141"/>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="245"/>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="259"/>
        <source>Question about minors</source>
        <translation>Vraag over minderjarigen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="82"/>
        <source>Possibly sexual image? Answer…</source>
        <translation>Mogelijk seksueel beeld? Beantwoorden…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="70"/>
        <source>%n file(s) still wait for the question about minors: {numbers}. They are marked with a warning sign in the list.</source>
        <translation>
            <numerusform>%n bestand wacht nog op de vraag over minderjarigen: {numbers}. Het is gemarkeerd met een waarschuwingsteken in de lijst.</numerusform>
            <numerusform>%n bestanden wachten nog op de vraag over minderjarigen: {numbers}. Ze zijn gemarkeerd met een waarschuwingsteken in de lijst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="164"/>
        <source>{number}, {name} — {kind} — was stored before this became a case of sexting, exposing, sextortion or manipulated images, so nobody was asked about it.

Does it show someone under 18 naked or sexually? Such material must never be stored. If yes, or if you are not sure, its stored original is removed and only its description and SHA-256 are kept.

{look}</source>
        <translation>{number}, {name} — {kind} — is opgeslagen voordat dit een zaak van sexting, exposing, sextortion of bewerkte beelden werd; er is toen niets over gevraagd.

Is er iemand onder de 18 naakt of op een seksuele manier op te zien? Zulk materiaal mag nooit worden opgeslagen. Bij ja, of als je het niet zeker weet, wordt het opgeslagen origineel verwijderd en blijven alleen de beschrijving en de SHA-256 bewaard.

{look}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="175"/>
        <source>{number}, {name} — {kind} — still waits for the question about minors, asked when this case was made a case of sexting, exposing, sextortion or manipulated images.

Does it show someone under 18 naked or sexually? Such material must never be stored. If yes, or if you are not sure, its stored original is removed and only its description and SHA-256 are kept.

{look}</source>
        <translation>{number}, {name} — {kind} — wacht nog op de vraag over minderjarigen, gesteld toen deze zaak een zaak van sexting, exposing, sextortion of bewerkte beelden werd.

Is er iemand onder de 18 naakt of op een seksuele manier op te zien? Zulk materiaal mag nooit worden opgeslagen. Bij ja, of als je het niet zeker weet, wordt het opgeslagen origineel verwijderd en blijven alleen de beschrijving en de SHA-256 bewaard.

{look}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="197"/>
        <source>Later stops the questions: the next %n file(s) wait(s) too.</source>
        <translation>
            <numerusform>Later stopt de vragen: ook het volgende bestand wacht dan.</numerusform>
            <numerusform>Later stopt de vragen: ook de volgende %n bestanden wachten dan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="203"/>
        <source>Yes, or not sure…</source>
        <translation>Ja, of niet zeker…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="204"/>
        <source>No, keep it</source>
        <translation>Nee, bewaren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="205"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="233"/>
        <source>To look at it first, choose Later and use Quick view; then select it and choose “Possibly sexual image? Answer…”.</source>
        <translation>Wil je het eerst bekijken? Kies Later en gebruik Bekijken; selecteer het daarna en kies ‘Mogelijk seksueel beeld? Beantwoorden…’.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="237"/>
        <source>Adviser Desk cannot show this file: Quick view shows pictures only. To look at it first, choose Later and open it where you received it (the student&apos;s phone, or the file you added); then select it here and choose “Possibly sexual image? Answer…”.</source>
        <translation>Adviser Desk kan dit bestand niet tonen: Bekijken toont alleen afbeeldingen. Wil je het eerst bekijken? Kies Later en open het waar je het kreeg (de telefoon van de leerling, of het bestand dat je toevoegde); selecteer het daarna hier en kies ‘Mogelijk seksueel beeld? Beantwoorden…’.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="246"/>
        <source>Question about minors ({index} of {count})</source>
        <translation>Vraag over minderjarigen ({index} van {count})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="253"/>
        <source>{number} ({name}) is removed from the case file for good: its stored original and thumbnail. {number} stays as a record of an image deliberately not kept: its description, SHA-256, where it came from and who saw it. This cannot be undone.

Copies exported or handed over earlier are not changed: delete those yourself.</source>
        <translation>{number} ({name}) wordt voorgoed uit het zaakbestand verwijderd: het opgeslagen origineel en de miniatuur. {number} blijft bestaan als vastlegging van een beeld dat bewust niet is bewaard: de beschrijving, de SHA-256, waar het vandaan kwam en wie het zag. Dit kan niet ongedaan worden gemaakt.

Kopieën die eerder zijn geëxporteerd of overgedragen, veranderen niet: verwijder die zelf.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="306"/>
        <source>The stored original was not removed</source>
        <translation>Het opgeslagen origineel is niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="310"/>
        <source>Remove stored original</source>
        <translation>Opgeslagen origineel verwijderen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="311"/>
        <source>Removing the stored original and overwriting it in the case file…</source>
        <translation>Het opgeslagen origineel wordt verwijderd en in het zaakbestand overschreven…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="324"/>
        <source>Kept: {numbers} (answered: not a sexual image of a minor).</source>
        <translation>Bewaard: {numbers} (antwoord: geen seksueel beeld van een minderjarige).</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="109"/>
        <source>Takedown…</source>
        <translation>Offline halen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="110"/>
        <source>Hand over…</source>
        <translation>Overdragen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="137"/>
        <source>Verify evidence</source>
        <translation>Bewijs verifiëren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="163"/>
        <source>Export for the police…</source>
        <translation>Exporteren voor de politie…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="172"/>
        <source>Drop files here or paste (Ctrl+V) a screenshot or web address. Files are kept unaltered inside the encrypted case file.</source>
        <translation>Sleep bestanden hierheen of plak (Ctrl+V) een screenshot of webadres. Bestanden worden ongewijzigd bewaard in het versleutelde zaakbestand.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="140"/>
        <source>Evidence log</source>
        <translation>Bewijslijst</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="93"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="98"/>
        <source>Files…</source>
        <translation>Bestanden…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="99"/>
        <source>Web address…</source>
        <translation>Webadres…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="100"/>
        <source>Message…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="108"/>
        <source>Quick view</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="111"/>
        <source>Mark as possibly sexual image…</source>
        <translation>Markeren als mogelijk seksueel beeld…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="129"/>
        <source>Record a hand-over of the selected items, or of all items if none is selected</source>
        <translation>Een overdracht vastleggen van de geselecteerde items, of van alle items als er niets geselecteerd is</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="144"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_tab.py" line="145"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
</context>
<context>
    <name>EvidenceWithholdActions</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="118"/>
        <source>• {number} in case {case}: {name}</source>
        <translation>• {number} in zaak {case}: {name}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="87"/>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="127"/>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="257"/>
        <source>Remove stored original</source>
        <translation>Opgeslagen origineel verwijderen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="89"/>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="128"/>
        <source>Keep for now</source>
        <translation>Nu nog bewaren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="102"/>
        <source>The same file is also stored as the %n item(s) below, whose original(s) go too:
{items}</source>
        <translation>
            <numerusform>Hetzelfde bestand is ook opgeslagen als het stuk hieronder; het origineel daarvan wordt ook verwijderd:
{items}</numerusform>
            <numerusform>Hetzelfde bestand is ook opgeslagen als de %n stukken hieronder; hun originelen worden ook verwijderd:
{items}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="109"/>
        <source>%n copy(ies) get(s) the same description and the same ‘where’ and ‘who’; the previous description stays in the timeline of its case.</source>
        <translation>
            <numerusform>Deze kopie krijgt dezelfde beschrijving en dezelfde ‘waar’ en ‘wie’; de vorige beschrijving blijft in de tijdlijn van die zaak.</numerusform>
            <numerusform>Deze %n kopieën krijgen dezelfde beschrijving en dezelfde ‘waar’ en ‘wie’; de vorige beschrijving blijft in de tijdlijn van hun zaak.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="147"/>
        <source>This same file (identical SHA-256) is already stored in the case file:
{items}

You answered that it may be a sexual image of someone under 18. Keeping it is an offence, even as evidence. Remove the stored original? The item stays as a record of an image deliberately not kept: its description, SHA-256, where it is and who saw it. This cannot be undone.

Copies exported or handed over earlier are not changed: delete those yourself.</source>
        <translation>Precies dit bestand (dezelfde SHA-256) is al opgeslagen in het zaakbestand:
{items}

Je hebt geantwoord dat het een seksueel beeld kan zijn van iemand onder de 18. Dat bewaren is strafbaar, ook als bewijs. Het opgeslagen origineel verwijderen? Het stuk blijft bestaan als vastlegging van een beeld dat bewust niet is bewaard: de beschrijving, de SHA-256, waar het staat en wie het zag. Dit kan niet ongedaan worden gemaakt.

Kopieën die eerder zijn geëxporteerd of overgedragen, veranderen niet: verwijder die zelf.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="155"/>
        <source>Already stored</source>
        <translation>Al opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="157"/>
        <source>The stored original of {numbers} was kept.</source>
        <translation>Het opgeslagen origineel van {numbers} is bewaard gebleven.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="177"/>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="194"/>
        <source>Mark as possibly sexual image</source>
        <translation>Markeren als mogelijk seksueel beeld</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="78"/>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="178"/>
        <source>{number} has no stored original: nothing of it is kept.</source>
        <translation>Van {number} is geen origineel opgeslagen: er wordt niets van bewaard.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="67"/>
        <source>The selected item may be a sexual image of someone under 18: remove its stored original and keep only its description and SHA-256</source>
        <translation>Het gekozen stuk kan een seksueel beeld zijn van iemand onder de 18: verwijder het opgeslagen origineel en bewaar alleen de beschrijving en de SHA-256</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="75"/>
        <source>The stored original of {number} has been removed already: only its description is kept.</source>
        <translation>Het opgeslagen origineel van {number} is al verwijderd: alleen de beschrijving wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="185"/>
        <source>Mark {number} ({name}) as possibly a sexual image of someone under 18?

Keeping such an image is an offence, even as evidence. Its stored original and thumbnail are removed from the case file for good; {number} stays as a record of an image deliberately not kept: its description, SHA-256, where it came from and who saw it. This cannot be undone.

Copies exported or handed over earlier are not changed: delete those yourself.</source>
        <translation>{number} ({name}) markeren als mogelijk seksueel beeld van iemand onder de 18?

Zo&apos;n beeld bewaren is strafbaar, ook als bewijs. Het opgeslagen origineel en de miniatuur worden voorgoed uit het zaakbestand verwijderd; {number} blijft bestaan als vastlegging van een beeld dat bewust niet is bewaard: de beschrijving, de SHA-256, waar het vandaan kwam en wie het zag. Dit kan niet ongedaan worden gemaakt.

Kopieën die eerder zijn geëxporteerd of overgedragen, veranderen niet: verwijder die zelf.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="253"/>
        <source>The stored original was not removed</source>
        <translation>Het opgeslagen origineel is niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="258"/>
        <source>Removing the stored original and overwriting it in the case file…</source>
        <translation>Het opgeslagen origineel wordt verwijderd en in het zaakbestand overschreven…</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../adviser_desk/ui/interview/guide_panel.py" line="55"/>
        <source>Phases of the conversation</source>
        <translation>Fasen van het gesprek</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/guide_panel.py" line="69"/>
        <source>Open prompts (double-click to use):</source>
        <translation>Open vragen (dubbelklik om te gebruiken):</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/guide_panel.py" line="72"/>
        <source>Open prompts for {band} (double-click to use):</source>
        <translation>Open vragen voor {band} (dubbelklik om te gebruiken):</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/guide_panel.py" line="101"/>
        <source>Guide</source>
        <translation>Gids</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/guide_panel.py" line="102"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/guide_panel.py" line="112"/>
        <source>Do</source>
        <translation>Wel doen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/guide_panel.py" line="112"/>
        <source>Avoid</source>
        <translation>Vermijden</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/guide_panel.py" line="122"/>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="163"/>
        <source>Hand over evidence</source>
        <translation>Bewijs overdragen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="166"/>
        <source>every item of this case</source>
        <translation>alle items van deze zaak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="168"/>
        <source>Items: {items}</source>
        <translation>Items: {items}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="173"/>
        <source>e.g. J. de Vries, police Utrecht, badge 1234</source>
        <translation>bijv. J. de Vries, politie Utrecht, dienstnummer 1234</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="174"/>
        <source>Handed over to:</source>
        <translation>Overgedragen aan:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="177"/>
        <source>Receipt or report number, what was handed over</source>
        <translation>Ontvangstbewijs of proces-verbaalnummer, wat is overgedragen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="178"/>
        <source>Receipt note:</source>
        <translation>Ontvangstnotitie:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="76"/>
        <source>Hand over cases</source>
        <translation>Zaken overdragen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="80"/>
        <source>Hand cases over to a colleague or successor. Everything of each case moves with it, and every evidence file is checked against its SHA-256 when it arrives. This case file then keeps the cases read-only, marked as handed over.</source>
        <translation>Draag zaken over aan een collega of opvolger. Alles van elke zaak gaat mee, en elk bewijsbestand wordt bij aankomst gecontroleerd aan de hand van zijn SHA-256. Dit zaakbestand houdt de zaken daarna alleen-lezen, gemarkeerd als overgedragen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="102"/>
        <source>Into a ne&amp;w case file made for the colleague</source>
        <translation>Naar een nieuw zaakbestand voor de colle&amp;ga</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="104"/>
        <source>Into the colleague&apos;s &amp;existing case file</source>
        <translation>Naar het &amp;bestaande zaakbestand van de collega</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="115"/>
        <source>e.g. Marieke Jansen</source>
        <translation>bijv. Marieke Jansen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="116"/>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="118"/>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="139"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="127"/>
        <source>Colleague&apos;s na&amp;me:</source>
        <translation>Naam van de &amp;collega:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="128"/>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="150"/>
        <source>&amp;Case file:</source>
        <translation>&amp;Zaakbestand:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="151"/>
        <source>Its &amp;password:</source>
        <translation>&amp;Wachtwoord daarvan:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="166"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Overdragen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="172"/>
        <source>Cases to hand over:</source>
        <translation>Over te dragen zaken:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="295"/>
        <source>Opening the receiving case file…</source>
        <translation>Het ontvangende zaakbestand wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="315"/>
        <source>The colleague&apos;s case file holds the cases now; checking them once more and marking them here as handed over (this can no longer be cancelled)…</source>
        <translation>Het zaakbestand van de collega bevat de zaken nu; ze worden nog eens gecontroleerd en hier als overgedragen gemarkeerd (dit kan niet meer worden geannuleerd)…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="321"/>
        <source>Copying and checking the cases; Cancel is possible until they are stored…</source>
        <translation>De zaken worden gekopieerd en gecontroleerd; annuleren kan tot ze zijn opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="338"/>
        <source>Cancelled. Nothing was handed over.</source>
        <translation>Geannuleerd. Er is niets overgedragen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="353"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="403"/>
        <source>the colleague&apos;s name</source>
        <translation>de naam van de collega</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="404"/>
        <source>the location</source>
        <translation>de locatie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="405"/>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="406"/>
        <source>the password</source>
        <translation>het wachtwoord</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="407"/>
        <source>the case file</source>
        <translation>het zaakbestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="408"/>
        <source>its password</source>
        <translation>het wachtwoord ervan</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="416"/>
        <source>Not handed over</source>
        <translation>Niet overgedragen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="417"/>
        <source>Close without handing over, and discard what you typed ({fields})?</source>
        <translation>Sluiten zonder over te dragen, en weggooien wat je typte ({fields})?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="421"/>
        <source>Nothing has been handed over: the cases stay here as they are.</source>
        <translation>Er is niets overgedragen: de zaken blijven hier zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="424"/>
        <source>&amp;Discard and close</source>
        <translation>&amp;Weggooien en sluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="473"/>
        <source>Handed over to {receiver}: {numbers}.</source>
        <translation>Overgedragen aan {receiver}: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="478"/>
        <source>Every evidence file ({files}) was checked on arrival against its SHA-256 and matches.</source>
        <translation>Elk bewijsbestand ({files}) is bij aankomst gecontroleerd aan de hand van de SHA-256 en klopt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="483"/>
        <source>Case {old} is case {new} there (its number was taken).</source>
        <translation>Zaak {old} is daar zaak {new} (het nummer was al in gebruik).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="490"/>
        <source>Here the cases are kept read-only, marked as handed over. You can also purge them from this case file now.</source>
        <translation>Hier blijven de zaken alleen-lezen bewaard, gemarkeerd als overgedragen. Je kunt ze nu ook uit dit zaakbestand verwijderen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="498"/>
        <source>Hand-over complete</source>
        <translation>Overdracht voltooid</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="505"/>
        <source>&amp;Purge them here…</source>
        <translation>Hier &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/handover_dialog.py" line="509"/>
        <source>&amp;Keep read-only</source>
        <translation>Alleen-lezen &amp;bewaren</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="347"/>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="348"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="349"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="350"/>
        <source>Rotate</source>
        <translation>Draaien</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="78"/>
        <source>Add evidence</source>
        <translation>Bewijs toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="95"/>
        <source>e.g. shown by the student, photographed by me</source>
        <translation>bijv. door de leerling getoond, door mij gefotografeerd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="96"/>
        <source>&amp;Happened at:</source>
        <translation>&amp;Gebeurd op:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="98"/>
        <source>Happened at</source>
        <translation>Gebeurd op</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="103"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="104"/>
        <source>&amp;Provided by / how:</source>
        <translation>&amp;Aangeleverd door / hoe:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="108"/>
        <source>&amp;May be sexual (nude or intimate photos or videos)</source>
        <translation>&amp;Misschien seksueel (naakt- of intieme foto&apos;s of filmpjes)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="111"/>
        <source>Then you are asked about minors before anything is stored.</source>
        <translation>Dan wordt eerst gevraagd of het om minderjarigen gaat, voordat er iets wordt opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="128"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="131"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n bestand</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="132"/>
        <source>%n file(s): {names}</source>
        <translation>
            <numerusform>%n bestand: {names}</numerusform>
            <numerusform>%n bestanden: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="135"/>
        <source>Sexual images of minors</source>
        <translation>Seksuele beelden van minderjarigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="141"/>
        <source>Do any of these %n file(s) show someone under 18 naked or in a sexual way?</source>
        <translation>
            <numerusform>Is op dit bestand iemand jonger dan 18 naakt of op een seksuele manier te zien?</numerusform>
            <numerusform>Is op een van deze %n bestanden iemand jonger dan 18 naakt of op een seksuele manier te zien?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="153"/>
        <source>This covers photos and videos, and files that can contain them (archives, documents). Such material must never be stored, copied, forwarded or printed: that is possession, a crime in itself. Contact the police and Helpwanted/Offlimits instead.</source>
        <translation>Dit geldt voor foto&apos;s en filmpjes, en voor bestanden waarin die kunnen zitten (archieven, documenten). Zulk materiaal mag nooit worden opgeslagen, gekopieerd, doorgestuurd of geprint: dat is bezit, zelf een strafbaar feit. Neem in plaats daarvan contact op met de politie en Helpwanted/Offlimits.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="161"/>
        <source>&amp;No, none of the %n file(s) does.</source>
        <translation>
            <numerusform>&amp;Nee, dat is niet zo.</numerusform>
            <numerusform>&amp;Nee, op geen van de %n bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="163"/>
        <source>&amp;Yes, or I am not sure.</source>
        <translation>&amp;Ja, of ik weet het niet zeker.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="167"/>
        <source>Then nothing is stored: only a description, where it is, who has seen it and a fingerprint (SHA-256) of what you received are recorded.</source>
        <translation>Dan wordt niets opgeslagen: alleen een beschrijving, waar het staat, wie het heeft gezien en een vingerafdruk (SHA-256) van wat je hebt ontvangen worden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="199"/>
        <source>required: what it shows, in words</source>
        <translation>verplicht: wat erop te zien is, in woorden</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="251"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="251"/>
        <source>provided by</source>
        <translation>aangeleverd door</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="251"/>
        <source>where</source>
        <translation>waar</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="251"/>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="256"/>
        <source>time</source>
        <translation>tijdstip</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="263"/>
        <source>Cancel adding?</source>
        <translation>Toevoegen annuleren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="266"/>
        <source>Nothing about them is recorded.</source>
        <translation>
            <numerusform>Er wordt niets over vastgelegd.</numerusform>
            <numerusform>Er wordt niets over vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="267"/>
        <source>&amp;Do not add, discard</source>
        <translation>&amp;Niet toevoegen, weggooien</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="276"/>
        <source>Do not add {name} and discard your answers ({fields})?</source>
        <translation>{name} niet toevoegen en je antwoorden ({fields}) weggooien?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="278"/>
        <source>Do not add {name} and discard your answer (yes, or not sure)?</source>
        <translation>{name} niet toevoegen en je antwoord (ja, of niet zeker) weggooien?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="286"/>
        <source>Do not add these %n file(s) and discard your answers ({fields})?</source>
        <translation>
            <numerusform>Dit bestand niet toevoegen en je antwoorden ({fields}) weggooien?</numerusform>
            <numerusform>Deze %n bestanden niet toevoegen en je antwoorden ({fields}) weggooien?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="290"/>
        <source>Do not add these %n file(s) and discard your answer (yes, or not sure)?</source>
        <translation>
            <numerusform>Dit bestand niet toevoegen en je antwoord (ja, of niet zeker) weggooien?</numerusform>
            <numerusform>Deze %n bestanden niet toevoegen en je antwoord (ja, of niet zeker) weggooien?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_fields.py" line="46"/>
        <source>URL, platform, account, which phones</source>
        <translation>URL, platform, account, welke telefoons</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_fields.py" line="51"/>
        <source>names or roles, or ‘unknown’</source>
        <translation>namen of rollen, of ‘onbekend’</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_fields.py" line="55"/>
        <source>&amp;Where it is:</source>
        <translation>&amp;Waar het staat:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_fields.py" line="56"/>
        <source>Who has s&amp;een it:</source>
        <translation>Wie heeft het gez&amp;ien:</translation>
    </message>
</context>
<context>
    <name>IntakeTold</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="42"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="70"/>
        <source>The %n other file(s) go on to the next window: {names}</source>
        <translation>
            <numerusform>Het andere bestand gaat door naar het volgende venster: {names}</numerusform>
            <numerusform>De %n andere bestanden gaan door naar het volgende venster: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="63"/>
        <source>If a damaged file may be a nude or sexual image, do not ask for it again: choose &quot;May be sexual…&quot; to answer the question about minors for it.</source>
        <translation>Kan een beschadigd bestand een naakt- of seksueel beeld zijn, vraag er dan niet opnieuw om: kies &quot;Misschien seksueel…&quot; om de vraag over minderjarigen ervoor te beantwoorden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="73"/>
        <source>%n file(s) cannot be added</source>
        <translation>
            <numerusform>%n bestand kan niet worden toegevoegd</numerusform>
            <numerusform>%n bestanden kunnen niet worden toegevoegd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="75"/>
        <source>File cannot be added</source>
        <translation>Bestand kan niet worden toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="83"/>
        <source>May be sexual…</source>
        <translation>Misschien seksueel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="99"/>
        <source>%n not added.</source>
        <translation>
            <numerusform>%n niet toegevoegd.</numerusform>
            <numerusform>%n niet toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="104"/>
        <source>Nothing added.</source>
        <translation>Niets toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="114"/>
        <source>%n described, not stored.</source>
        <translation>
            <numerusform>%n beschreven, niet opgeslagen.</numerusform>
            <numerusform>%n beschreven, niet opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="117"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n toegevoegd</numerusform>
            <numerusform>%n toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="119"/>
        <source>%n described (not stored)</source>
        <translation>
            <numerusform>%n beschreven (niet opgeslagen)</numerusform>
            <numerusform>%n beschreven (niet opgeslagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="121"/>
        <source>%n not added</source>
        <translation>
            <numerusform>%n niet toegevoegd</numerusform>
            <numerusform>%n niet toegevoegd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityText</name>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="37"/>
        <source>OK</source>
        <translation>in orde</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="37"/>
        <source>DAMAGED</source>
        <translation>BESCHADIGD</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="39"/>
        <source>encrypted pages: {result}</source>
        <translation>versleutelde pagina&apos;s: {result}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="45"/>
        <source>database structure: skipped (the encrypted pages are damaged)</source>
        <translation>databasestructuur: overgeslagen (de versleutelde pagina&apos;s zijn beschadigd)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="48"/>
        <source>database structure: {result}</source>
        <translation>databasestructuur: {result}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="55"/>
        <source>audit chain: not checked (the database could not be read)</source>
        <translation>auditketen: niet gecontroleerd (de database kon niet worden gelezen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/integrity_text.py" line="58"/>
        <source>audit chain: OK, %n event(s), head {head}</source>
        <translation>
            <numerusform>auditketen: in orde, %n gebeurtenis, kop {head}</numerusform>
            <numerusform>auditketen: in orde, %n gebeurtenissen, kop {head}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/integrity_text.py" line="65"/>
        <source>audit chain: BROKEN at event {seq} ({reason}); %n event(s) before it are intact</source>
        <translation>
            <numerusform>auditketen: VERBROKEN bij gebeurtenis {seq} ({reason}); de %n gebeurtenis ervoor is intact</numerusform>
            <numerusform>auditketen: VERBROKEN bij gebeurtenis {seq} ({reason}); de %n gebeurtenissen ervoor zijn intact</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="73"/>
        <source>evidence: MISMATCH for {items}</source>
        <translation>bewijs: KLOPT NIET voor {items}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/integrity_text.py" line="80"/>
        <source>evidence: OK, %n stored item(s) match their SHA-256</source>
        <translation>
            <numerusform>bewijs: in orde, %n opgeslagen stuk klopt met zijn SHA-256</numerusform>
            <numerusform>bewijs: in orde, %n opgeslagen stukken kloppen met hun SHA-256</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="91"/>
        <source>chain head {head}: found at event {seq}, history up to it unchanged</source>
        <translation>ketenkop {head}: gevonden bij gebeurtenis {seq}, de geschiedenis tot daar is ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="94"/>
        <source>chain head {head}: NOT FOUND - the history was rewritten since it was printed, or the head belongs to another case file (or was mistyped)</source>
        <translation>ketenkop {head}: NIET GEVONDEN - de geschiedenis is herschreven sinds de kop werd afgedrukt, of de kop hoort bij een ander zaakbestand (of is verkeerd overgetypt)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="100"/>
        <source>recent changes: LOST at this open ({lost} of {committed} pages in the damaged -wal); copy kept as {copy}</source>
        <translation>recente wijzigingen: VERLOREN bij dit openen ({lost} van {committed} pagina&apos;s in de beschadigde -wal); kopie bewaard als {copy}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="111"/>
        <source>OK: {path}</source>
        <translation>IN ORDE: {path}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/integrity_text.py" line="112"/>
        <source>PROBLEM: {path}</source>
        <translation>PROBLEEM: {path}</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="118"/>
        <source>Conversation: {kind}</source>
        <translation>Gesprek: {kind}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="126"/>
        <source>{who} — case {number}</source>
        <translation>{who} — zaak {number}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="183"/>
        <source>Note beside the conversation (Enter adds it)</source>
        <translation>Notitie naast het gesprek (Enter voegt toe)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/entry_rows.py" line="24"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/entry_rows.py" line="47"/>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/entry_rows.py" line="48"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/entry_rows.py" line="57"/>
        <source>&amp;Said:</source>
        <translation>&amp;Gezegd:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/entry_rows.py" line="64"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="201"/>
        <source>Close the interview…</source>
        <translation>Gesprek afsluiten…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="245"/>
        <source>Your question (Enter adds, F2 switches)</source>
        <translation>Je vraag (Enter voegt toe, F2 wisselt)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="247"/>
        <source>The student&apos;s words, as said (Enter adds)</source>
        <translation>Letterlijk wat de leerling zegt (Enter voegt toe)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="249"/>
        <source>The answer, word for word (Enter adds)</source>
        <translation>Het antwoord, woord voor woord (Enter voegt toe)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="411"/>
        <source>Case {number} was handed over to {receiver} on {date} and is kept here read-only: you can read this conversation, print its record and save it as PDF, but not add to it or change it.</source>
        <translation>Zaak {number} is op {date} overgedragen aan {receiver} en wordt hier alleen-lezen bewaard: je kunt dit gesprek lezen en het verslag afdrukken en als pdf opslaan, maar er niets aan toevoegen of in wijzigen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="432"/>
        <source>{title} (closed, read-only)</source>
        <translation>{title} (gesloten, alleen lezen)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="446"/>
        <source>Conversation closed on {date} (read-only): its record can be saved as PDF or printed, but nothing can be added or changed. Start a new conversation to go on.</source>
        <translation>Gesprek gesloten op {date} (alleen lezen): het verslag kan als pdf worden opgeslagen of afgedrukt, maar er kan niets meer bij of veranderen. Begin een nieuw gesprek om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="496"/>
        <source>Save record as PDF…</source>
        <translation>Verslag opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="499"/>
        <source>Print record…</source>
        <translation>Verslag afdrukken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/speaker_choice.py" line="30"/>
        <source>Question (you)</source>
        <translation>Vraag (jij)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/speaker_choice.py" line="34"/>
        <source>Answer ({who})</source>
        <translation>Antwoord ({who})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/speaker_choice.py" line="48"/>
        <source>Who the next line is from (F2 switches)</source>
        <translation>Van wie de volgende regel is (F2 wisselt)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="103"/>
        <source>Typed for closing the interview but not saved when the file was closed:
{text}</source>
        <translation>Getypt voor het afsluiten van het gesprek, maar niet opgeslagen toen het zaakbestand werd gesloten:
{text}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="142"/>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="165"/>
        <source>The typed closing was not kept</source>
        <translation>Wat je typte voor het afsluiten is niet bewaard</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="208"/>
        <source>Interview not closed</source>
        <translation>Gesprek niet afgesloten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="209"/>
        <source>What you typed for closing this interview was not saved:
{conversations}

Keep it as a note in the conversation?</source>
        <translation>Wat je typte voor het afsluiten van dit gesprek is niet opgeslagen:
{conversations}

Bewaren als notitie in het gesprek?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="215"/>
        <source>What you typed for closing these interviews was not saved:
{conversations}

Keep it as a note in each conversation?</source>
        <translation>Wat je typte voor het afsluiten van deze gesprekken is niet opgeslagen:
{conversations}

Bewaren als notitie in elk gesprek?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="226"/>
        <source>&amp;Keep as note</source>
        <translation>&amp;Bewaren als notitie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="267"/>
        <source>The line was not added</source>
        <translation>De regel is niet toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/unentered.py" line="37"/>
        <source>Note not added</source>
        <translation>Notitie niet toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/unentered.py" line="38"/>
        <source>The note you typed has not been added yet:
“{text}”

Add it before closing?</source>
        <translation>De notitie die je typte, is nog niet toegevoegd:
‘{text}’

Toevoegen voordat je sluit?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/unentered.py" line="42"/>
        <source>&amp;Add the note</source>
        <translation>Notitie &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/unentered.py" line="43"/>
        <source>&amp;Discard the note</source>
        <translation>Notitie &amp;weggooien</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/unentered.py" line="45"/>
        <source>Line not added</source>
        <translation>Regel niet toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/unentered.py" line="46"/>
        <source>The line you typed has not been added yet:
“{text}”

Add it before closing?</source>
        <translation>De regel die je typte, is nog niet toegevoegd:
‘{text}’

Toevoegen voordat je sluit?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/unentered.py" line="50"/>
        <source>&amp;Add the line</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/unentered.py" line="51"/>
        <source>&amp;Discard the line</source>
        <translation>Regel &amp;weggooien</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/typed_kept.py" line="52"/>
        <source>Typed but not added when the file was locked ({who}): {text}</source>
        <translation>Getypt maar niet toegevoegd toen het zaakbestand werd vergrendeld ({who}): {text}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/typed_kept.py" line="62"/>
        <source>Note typed but not added when the file was locked: {text}</source>
        <translation>Notitie getypt maar niet toegevoegd toen het zaakbestand werd vergrendeld: {text}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/typed_kept.py" line="110"/>
        <source>The note you typed in the interview but had not added is kept: after unlocking it is back in Note, for you to add. If you close the case file here instead, it stays in the conversation as a note.</source>
        <translation>De notitie die je in het gesprek typte, maar nog niet had toegevoegd, is bewaard: na het ontgrendelen staat ze weer bij Notitie, zodat je haar kunt toevoegen. Sluit je in plaats daarvan het zaakbestand, dan blijft ze als notitie in het gesprek staan.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/typed_kept.py" line="116"/>
        <source>The line you typed in the interview ({who}) but had not added is kept: after unlocking it is back in Said, for you to add. If you close the case file here instead, it stays in the conversation as a note.</source>
        <translation>De regel die je in het gesprek typte ({who}), maar nog niet had toegevoegd, is bewaard: na het ontgrendelen staat hij weer bij Gezegd, zodat je hem kunt toevoegen. Sluit je in plaats daarvan het zaakbestand, dan blijft hij als notitie in het gesprek staan.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/typed_kept.py" line="136"/>
        <source>The typed line was not put back</source>
        <translation>De getypte regel is niet teruggezet</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="98"/>
        <source>Typed for closing the interview but not saved when the file was locked:
{text}</source>
        <translation>Getypt voor het afsluiten van het gesprek, maar niet opgeslagen toen het zaakbestand werd vergrendeld:
{text}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/typed_kept.py" line="92"/>
        <source>The typed line was not kept</source>
        <translation>De getypte regel is niet bewaard</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="319"/>
        <source>The note was not added</source>
        <translation>De notitie is niet toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/interview_window.py" line="365"/>
        <source>The interview was not closed</source>
        <translation>Het gesprek is niet afgesloten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/record_pdf.py" line="32"/>
        <source>Save interview record</source>
        <translation>Gespreksverslag opslaan</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/record_pdf.py" line="23"/>
        <source>{number} interview record.pdf</source>
        <translation>{number} gespreksverslag.pdf</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/record_pdf.py" line="38"/>
        <source>The record was not saved</source>
        <translation>Het verslag is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/record_pdf.py" line="45"/>
        <source>Record saved</source>
        <translation>Verslag opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/record_pdf.py" line="46"/>
        <source>The record was saved unencrypted as {path}.</source>
        <translation>Het verslag is onversleuteld opgeslagen als {path}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/record_pdf.py" line="60"/>
        <source>Interview record</source>
        <translation>Gespreksverslag</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/record_pdf.py" line="61"/>
        <source>The record was not printed</source>
        <translation>Het verslag is niet afgedrukt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/last_line.py" line="43"/>
        <source>Change speaker</source>
        <translation>Spreker wijzigen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/last_line.py" line="75"/>
        <source>Last line ({who}): “{text}”</source>
        <translation>Laatste regel ({who}): “{text}”</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/last_line.py" line="82"/>
        <source>The last line was said by {other}: record that, with a note of the change</source>
        <translation>De laatste regel is gezegd door {other}: leg dat vast, met een notitie van de wijziging</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../../adviser_desk/ui/case/interviews_tab.py" line="70"/>
        <source>New interview…</source>
        <translation>Nieuw gesprek…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/interviews_tab.py" line="74"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/interviews_tab.py" line="112"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/interviews_tab.py" line="115"/>
        <source>closed on {date}, read-only</source>
        <translation>gesloten op {date}, alleen lezen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/interviews_tab.py" line="120"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/interviews_tab.py" line="200"/>
        <source>What you typed for closing an interview was added to the conversation as a note; after unlocking, Close the interview… shows it again.</source>
        <translation>Wat je typte voor het afsluiten van een gesprek is als notitie aan het gesprek toegevoegd; na het ontgrendelen vult Gesprek afsluiten… het weer in.</translation>
    </message>
</context>
<context>
    <name>KeepOneTicked</name>
    <message>
        <location filename="../../adviser_desk/ui/common/one_ticked.py" line="27"/>
        <source>At least one kind is needed: tick another before unticking this one.</source>
        <translation>Er is minstens één soort nodig: vink eerst een andere aan voordat je deze uitvinkt.</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/key_actions.py" line="30"/>
        <location filename="../../adviser_desk/ui/case_file/key_actions.py" line="45"/>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/key_actions.py" line="30"/>
        <location filename="../../adviser_desk/ui/case_file/key_actions.py" line="46"/>
        <source>The new password is in use.</source>
        <translation>Het nieuwe wachtwoord is in gebruik.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/key_actions.py" line="61"/>
        <source>Could not change this setting</source>
        <translation>Deze instelling kon niet worden gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/key_actions.py" line="76"/>
        <source>Show recovery &amp;key…</source>
        <translation>&amp;Herstelsleutel tonen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/key_actions.py" line="79"/>
        <source>Recovery key stored (not shown again)</source>
        <translation>Herstelsleutel bewaard (wordt niet meer getoond)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/key_actions.py" line="82"/>
        <source>You confirmed that the recovery key is stored, so Adviser Desk no longer holds it. Use your printed recovery sheet.</source>
        <translation>Je hebt bevestigd dat de herstelsleutel bewaard is, dus Adviser Desk heeft hem niet meer. Gebruik je afgedrukte herstelblad.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/key_actions.py" line="101"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/key_actions.py" line="103"/>
        <source>You confirmed that the recovery key is stored, so Adviser Desk no longer shows it. Use your printed recovery sheet.</source>
        <translation>Je hebt bevestigd dat de herstelsleutel bewaard is, dus Adviser Desk toont hem niet meer. Gebruik je afgedrukte herstelblad.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="239"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="79"/>
        <source>the student</source>
        <translation>de leerling</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="80"/>
        <source>a parent</source>
        <translation>een ouder</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="88"/>
        <source>New draft from the case</source>
        <translation>Nieuw concept uit de zaak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="94"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="96"/>
        <source>Sent &amp;by:</source>
        <translation>Verstuurd &amp;door:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="98"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="122"/>
        <source>Saved &amp;versions:</source>
        <translation>Opgeslagen &amp;versies:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="127"/>
        <source>Te&amp;xt of the letter:</source>
        <translation>Te&amp;kst van de brief:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="139"/>
        <source>Save version</source>
        <translation>Versie opslaan</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="140"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="141"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="142"/>
        <source>Copy as plain text</source>
        <translation>Kopiëren als platte tekst</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="157"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_choices.py" line="38"/>
        <source>New draft</source>
        <translation>Nieuw concept</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_choices.py" line="39"/>
        <source>Replace the text with a new draft? Unsaved changes are lost.</source>
        <translation>De tekst vervangen door een nieuw concept? Niet-opgeslagen wijzigingen gaan verloren.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_choices.py" line="51"/>
        <source>{kind} — case {number}</source>
        <translation>{kind} — zaak {number}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_notes.py" line="52"/>
        <source>Details taken from the case are highlighted until you press “Details checked”. Bracketed words still need filling in.</source>
        <translation>Gegevens uit de zaak zijn gemarkeerd tot je op ‘Gegevens gecontroleerd’ drukt. Woorden tussen haken moet je nog invullen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_notes.py" line="62"/>
        <source>Still to fill in: {fields}.</source>
        <translation>Nog in te vullen: {fields}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_notes.py" line="80"/>
        <source>A saved letter keeps its kind. For another kind, use New letter… on the Letters tab.</source>
        <translation>Een opgeslagen brief houdt zijn soort. Voor een andere soort gebruik je Nieuwe brief… op het tabblad Brieven.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="278"/>
        <source>Details marked as checked.</source>
        <translation>Gegevens gemarkeerd als gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_versions.py" line="25"/>
        <source>Version {number} — {when}</source>
        <translation>Versie {number} — {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="282"/>
        <source>printed or saved as PDF %n time(s)</source>
        <translation>
            <numerusform>%n keer afgedrukt of als pdf opgeslagen</numerusform>
            <numerusform>%n keer afgedrukt of als pdf opgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="294"/>
        <source>Showing version {n}.</source>
        <translation>Versie {n} wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="298"/>
        <source>The letter was not saved</source>
        <translation>De brief is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="315"/>
        <source>Saved as version {n}.</source>
        <translation>Opgeslagen als versie {n}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="328"/>
        <source>Your unsaved changes to “{kind}” (case {number}) were saved as version {n} before locking.</source>
        <translation>Je niet-opgeslagen wijzigingen in “{kind}” (zaak {number}) zijn vóór het vergrendelen opgeslagen als versie {n}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="338"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="339"/>
        <source>Save the changes as a new version before closing?</source>
        <translation>De wijzigingen als nieuwe versie opslaan voor het sluiten?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="363"/>
        <source>Case {number} was handed over to {receiver} on {date} and is kept here read-only: you can read this letter, print it and save it as PDF, but not change it.</source>
        <translation>Zaak {number} is op {date} overgedragen aan {receiver} en wordt hier alleen-lezen bewaard: je kunt deze brief lezen, afdrukken en als pdf opslaan, maar niet wijzigen.</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="54"/>
        <source>The details taken from the case are not checked: some may still be wrong or unfilled.</source>
        <translation>De gegevens uit de zaak zijn niet gecontroleerd: sommige kunnen nog onjuist of leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="61"/>
        <source>Some [fields] are still open: {fields}.</source>
        <translation>Er staan nog [velden] open: {fields}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="65"/>
        <source>Print anyway?</source>
        <translation>Toch afdrukken?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="65"/>
        <source>Save as PDF anyway?</source>
        <translation>Toch opslaan als pdf?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="68"/>
        <source>Letter not ready</source>
        <translation>Brief nog niet klaar</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="80"/>
        <source>Not printed.</source>
        <translation>Niet afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="80"/>
        <source>Not saved as PDF.</source>
        <translation>Niet opgeslagen als pdf.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="117"/>
        <source>The letter was not printed</source>
        <translation>De brief is niet afgedrukt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="122"/>
        <source>Printed; recorded with the PDF&apos;s SHA-256.</source>
        <translation>Afgedrukt; vastgelegd met de SHA-256 van de pdf.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="131"/>
        <source>Save letter as PDF</source>
        <translation>Brief opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="135"/>
        <source>The letter was not saved</source>
        <translation>De brief is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="141"/>
        <source>Saved {path} (SHA-256 {digest}…); not encrypted.</source>
        <translation>{path} opgeslagen (SHA-256 {digest}…); niet versleuteld.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_output.py" line="150"/>
        <source>Copied as plain text.</source>
        <translation>Gekopieerd als platte tekst.</translation>
    </message>
</context>
<context>
    <name>LetterText</name>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_text.py" line="47"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_text.py" line="52"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_text.py" line="60"/>
        <source>Bulleted list</source>
        <translation>Opsomming</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_text.py" line="61"/>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_text.py" line="68"/>
        <source>Details checked</source>
        <translation>Gegevens gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_text.py" line="71"/>
        <source>Removes the highlighting once you have checked every filled-in detail.</source>
        <translation>Haalt de markering weg zodra je elk ingevuld gegeven hebt gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../adviser_desk/ui/letters/letters_tab.py" line="39"/>
        <source>New letter…</source>
        <translation>Nieuwe brief…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letters_tab.py" line="43"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letters_tab.py" line="55"/>
        <source>Stop letters, a takedown request and the school&apos;s standard letters, drafted from this case. Every saved version stays in the encrypted case file.</source>
        <translation>Stopbrieven, een verwijderverzoek en de standaardbrieven van de school, opgesteld uit deze zaak. Elke opgeslagen versie blijft in het versleutelde zaakbestand.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/letters/letters_tab.py" line="91"/>
        <source>{title} — version {n}, {when}</source>
        <translation>{title} — versie {n}, {when}</translation>
    </message>
</context>
<context>
    <name>LockNoteUndo</name>
    <message>
        <location filename="../../adviser_desk/ui/case/lock_note_undo.py" line="39"/>
        <source>Remove note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/lock_note_undo.py" line="43"/>
        <source>Removes the note the lock made of what you typed for closing; Close the interview… still has the text.</source>
        <translation>Verwijdert de notitie die bij het vergrendelen is gemaakt van wat je typte voor het afsluiten; Gesprek afsluiten… heeft de tekst nog.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/lock_note_undo.py" line="55"/>
        <source>When the file was locked, what you typed for closing this interview was added to it as a note. Close the interview… still has it.</source>
        <translation>Toen het bestand werd vergrendeld, is wat je typte voor het afsluiten van dit gesprek als notitie aan het gesprek toegevoegd. Gesprek afsluiten… heeft het nog.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/lock_note_undo.py" line="102"/>
        <source>The note was not removed</source>
        <translation>De notitie is niet verwijderd</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="161"/>
        <source>Unlock…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="164"/>
        <source>Close case file</source>
        <translation>Zaakbestand sluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="171"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="192"/>
        <source>The case file {name} is locked. Nothing in it is shown until you unlock it.</source>
        <translation>Het zaakbestand {name} is vergrendeld. Er wordt niets uit getoond tot je het ontgrendelt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="198"/>
        <source>The lock closed the window {window}. What you typed there was not kept.</source>
        <translation>Het vergrendelen heeft het venster {window} gesloten. Wat je daarin typte, is niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="202"/>
        <source>The lock closed the windows {windows}. What you typed there was not kept.</source>
        <translation>Het vergrendelen heeft de vensters {windows} gesloten. Wat je daarin typte, is niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="208"/>
        <source>Your unsaved changes on the Overview of case {number} were saved before locking.</source>
        <translation>Je niet-opgeslagen wijzigingen in het Overzicht van zaak {number} zijn vóór het vergrendelen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="202"/>
        <source>&amp;New case file…</source>
        <translation>&amp;Nieuw zaakbestand…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="203"/>
        <source>&amp;Open case file…</source>
        <translation>Zaakbestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="204"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="205"/>
        <source>&amp;Close case file</source>
        <translation>Zaakbestand &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="206"/>
        <source>Make &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="207"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Terugzetten uit back-up…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="208"/>
        <source>&amp;Verify case file</source>
        <translation>Zaakbestand &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="209"/>
        <source>A&amp;dvisers…</source>
        <translation>Ve&amp;rtrouwenspersonen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="212"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="214"/>
        <source>Show recovery &amp;key…</source>
        <translation>&amp;Herstelsleutel tonen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="215"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="216"/>
        <source>&amp;About Adviser Desk</source>
        <translation>&amp;Over Adviser Desk</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="217"/>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnose kopiëren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="218"/>
        <source>New &amp;case…</source>
        <translation>Nieuwe &amp;zaak…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="219"/>
        <source>&amp;Find cases</source>
        <translation>Zaken zo&amp;eken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="221"/>
        <source>&amp;Export case summary…</source>
        <translation>Zaak&amp;samenvatting exporteren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="223"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="224"/>
        <source>Cases past &amp;retention…</source>
        <translation>Zaken voorbij &amp;bewaartermijn…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="225"/>
        <source>Case file &amp;details…</source>
        <translation>&amp;Gegevens zaakbestand…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="226"/>
        <source>&amp;Annual report…</source>
        <translation>&amp;Jaarverslag…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="429"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="435"/>
        <source>&amp;Case</source>
        <translation>&amp;Zaak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="440"/>
        <source>&amp;Security</source>
        <translation>&amp;Beveiliging</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="448"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="451"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="266"/>
        <source>Could not read the case file</source>
        <translation>Het zaakbestand kon niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="211"/>
        <source>&amp;Change password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="361"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="376"/>
        <source>Please wait until the work in progress has finished.</source>
        <translation>Wacht tot het lopende werk klaar is.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/main_window.py" line="400"/>
        <source>Problem while closing</source>
        <translation>Probleem bij het sluiten</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="71"/>
        <source>what it shows, in words</source>
        <translation>wat erop te zien is, in woorden</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="72"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="77"/>
        <source>The description is what the evidence log for the police will show: add to it or correct it (what can be seen, without keeping the image). Where it is and who has seen it are kept with the item and printed there too.</source>
        <translation>De beschrijving is wat de bewijslijst voor de politie laat zien: vul aan of verbeter (wat is er te zien, zonder het beeld te bewaren). Waar het staat en wie het heeft gezien worden bij het item bewaard en daar ook afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="106"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="106"/>
        <source>where</source>
        <translation>waar</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="106"/>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="110"/>
        <source>Answers not saved</source>
        <translation>Antwoorden niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="111"/>
        <source>Keep {number} for now and discard your answers ({fields})?</source>
        <translation>{number} nu nog bewaren en je antwoorden ({fields}) weggooien?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="116"/>
        <source>{number} stays stored and still waits for the question about minors.</source>
        <translation>{number} blijft opgeslagen en wacht nog op de vraag over minderjarigen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="118"/>
        <source>The stored original of {number} stays in the case file.</source>
        <translation>Het opgeslagen origineel van {number} blijft in het zaakbestand.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="120"/>
        <source>&amp;Discard answers, keep file</source>
        <translation>Antwoorden &amp;weggooien, bewaren</translation>
    </message>
</context>
<context>
    <name>MeldcodeModel</name>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="48"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="49"/>
        <source>Date, by</source>
        <translation>Datum, door</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="50"/>
        <source>Outcome and note</source>
        <translation>Uitkomst en toelichting</translation>
    </message>
</context>
<context>
    <name>MeldcodeStepDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="103"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="104"/>
        <source>&amp;By:</source>
        <translation>Doo&amp;r:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="107"/>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="111"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="114"/>
        <source>&amp;Note:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="115"/>
        <source>C&amp;lear step</source>
        <translation>Stap &amp;wissen</translation>
    </message>
</context>
<context>
    <name>MeldcodeTab</name>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="164"/>
        <source>The Meldcode for domestic violence and child abuse: map the signals, consult, talk with the student, weigh with the afwegingskader, then decide whether to report to Veilig Thuis and whether help is possible and enough. Record each step with its date and who took it; the case summary prints them.</source>
        <translation>De Meldcode huiselijk geweld en kindermishandeling: breng signalen in kaart, overleg, praat met de leerling, weeg met het afwegingskader en beslis dan of je meldt bij Veilig Thuis en of hulp mogelijk en voldoende is. Leg elke stap vast met de datum en wie hem zette; de zaaksamenvatting drukt ze af.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="186"/>
        <source>Meldcode steps</source>
        <translation>Stappen van de Meldcode</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="198"/>
        <source>&amp;Record step…</source>
        <translation>Stap &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/meldcode_tab.py" line="232"/>
        <source>Status: {status}</source>
        <translation>Stand: {status}</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="379"/>
        <source>Add message</source>
        <translation>Bericht toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="383"/>
        <source>Sender (name or account)</source>
        <translation>Afzender (naam of account)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="385"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="387"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="389"/>
        <source>Se&amp;nt at:</source>
        <translation>&amp;Verstuurd op:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="391"/>
        <source>Sent at</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="403"/>
        <source>&amp;The message, copied exactly:</source>
        <translation>&amp;Het bericht, letterlijk overgenomen:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="408"/>
        <source>&amp;Sender:</source>
        <translation>&amp;Afzender:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="409"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="411"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="59"/>
        <source>New case</source>
        <translation>Nieuwe zaak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="66"/>
        <source>Short and factual, without names (e.g. Photo spread in class app)</source>
        <translation>Kort en feitelijk, zonder namen (bijv. Foto verspreid in klassenapp)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="79"/>
        <source>Subject:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="80"/>
        <source>What happened:</source>
        <translation>Type incident:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="81"/>
        <source>Images:</source>
        <translation>Beelden:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="82"/>
        <source>Opened on:</source>
        <translation>Geopend op:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="83"/>
        <source>Brief description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="87"/>
        <source>The protocol&apos;s checklists that fit these answers become tasks in the case. Never store sexual images of minors: describe them instead.</source>
        <translation>De checklists uit het protocol die bij deze antwoorden passen, worden taken in de zaak. Bewaar nooit seksuele beelden van minderjarigen: beschrijf ze in plaats daarvan.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="116"/>
        <source>What you typed in the window “New case” is kept (in memory, not in the file); the window opens again with it after unlocking.</source>
        <translation>Wat je in het venster “Nieuwe zaak” typte, is bewaard (in het geheugen, niet in het bestand); na het ontgrendelen gaat het venster er weer mee open.</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="289"/>
        <source>e.g. the mentor; nobody else</source>
        <translation>bijv. de mentor; verder niemand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="303"/>
        <source>Conversation with:</source>
        <translation>Gesprek met:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="304"/>
        <source>Person:</source>
        <translation>Persoon:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="306"/>
        <source>Taking part:</source>
        <translation>Neemt deel:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="308"/>
        <source>Student&apos;s age:</source>
        <translation>Leeftijd leerling:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="309"/>
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="394"/>
        <source>Several distributors are common: hold a conversation with each of them (and with each one&apos;s parents) on their own.</source>
        <translation>Vaak zijn er meerdere verspreiders: voer met ieder van hen (en met de ouders van ieder) een eigen gesprek.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="398"/>
        <source>Held in this case so far: {count}.</source>
        <translation>Tot nu toe in deze zaak gevoerd: {count}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="307"/>
        <source>Also present:</source>
        <translation>Ook aanwezig:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="265"/>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="310"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_dialogs.py" line="107"/>
        <source>Choose a new password</source>
        <translation>Kies een nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_dialogs.py" line="110"/>
        <source>You opened the case file with the recovery key. Choose a new password for everyday use; the recovery key keeps working.</source>
        <translation>Je hebt het zaakbestand met de herstelsleutel geopend. Kies een nieuw wachtwoord voor dagelijks gebruik; de herstelsleutel blijft werken.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_dialogs.py" line="114"/>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_fields.py" line="46"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_fields.py" line="47"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Herhaal wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_fields.py" line="48"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_fields.py" line="71"/>
        <source>The passwords match.</source>
        <translation>De wachtwoorden komen overeen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case_file/password_fields.py" line="79"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken.</numerusform>
            <numerusform>Gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_fields.py" line="82"/>
        <source>Too easy to guess. Add words or characters; a short sentence works well.</source>
        <translation>Te makkelijk te raden. Voeg woorden of tekens toe; een korte zin werkt goed.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_fields.py" line="85"/>
        <source>The two passwords are not the same yet.</source>
        <translation>De twee wachtwoorden zijn nog niet gelijk.</translation>
    </message>
</context>
<context>
    <name>OpenQuestions</name>
    <message>
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="191"/>
        <source>Open questions let the student tell in their own words. The others were yes/no, suggestive, blaming or promised secrecy.</source>
        <translation>Open vragen laten de leerling in eigen woorden vertellen. De andere waren ja/nee-vragen, sturend, verwijtend of beloofden geheimhouding.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="198"/>
        <source>All %n question(s) were open</source>
        <translation>
            <numerusform>Je vraag was open</numerusform>
            <numerusform>Alle %n vragen waren open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="200"/>
        <source>Open questions: {open} of %n</source>
        <translation>
            <numerusform>Open vragen: {open} van %n</numerusform>
            <numerusform>Open vragen: {open} van %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="72"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="75"/>
        <source>Subject:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="76"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="77"/>
        <source>&amp;Outcome:</source>
        <translation>Af&amp;loop:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="78"/>
        <source>What happened:</source>
        <translation>Type incident:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="81"/>
        <source>Escalation reached:</source>
        <translation>Opgeschaald tot:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="88"/>
        <source>e.g. Snapchat, WhatsApp</source>
        <translation>bijv. Snapchat, WhatsApp</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="104"/>
        <source>Scope and impact</source>
        <translation>Omvang en impact</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="63"/>
        <source>How the case ended (counted in the annual report)</source>
        <translation>Hoe de zaak afliep (telt mee in het jaarverslag)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="79"/>
        <source>Brief description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="80"/>
        <source>Key contact for the victim:</source>
        <translation>Contactpersoon voor het slachtoffer:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="98"/>
        <source>by whom?</source>
        <translation>door wie?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="100"/>
        <source>Who reported it to the police: the student, the parents or the school</source>
        <translation>Wie deed de aangifte of melding: de leerling, de ouders of de school</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="107"/>
        <source>&amp;Platforms:</source>
        <translation>&amp;Platforms:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="108"/>
        <source>Images:</source>
        <translation>Beelden:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="109"/>
        <source>Seen by:</source>
        <translation>Gezien door:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="110"/>
        <source>Still spreading:</source>
        <translation>Wordt nog verspreid:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="111"/>
        <source>Criminal offence suspected:</source>
        <translation>Vermoeden van strafbaar feit:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="112"/>
        <source>Police consulted:</source>
        <translation>Politie geraadpleegd:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="116"/>
        <source>Report to the police:</source>
        <translation>Aangifte of melding:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="117"/>
        <source>Psychological help needed:</source>
        <translation>Psychologische hulp nodig:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="118"/>
        <source>Media attention expected:</source>
        <translation>Media-aandacht verwacht:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="126"/>
        <source>No secrecy promised. Promised instead: care, and … (what exactly)</source>
        <translation>Geen geheimhouding beloofd. Wel beloofd: zorgvuldigheid, en … (wat precies)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="128"/>
        <source>Victim&apos;s wishes and consent</source>
        <translation>Wensen en toestemming van het slachtoffer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="131"/>
        <source>May be told:</source>
        <translation>Mag worden ingelicht:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="132"/>
        <source>Publicity:</source>
        <translation>Openbaarheid:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="136"/>
        <source>The student&apos;s wishes and what was &amp;agreed:</source>
        <translation>Wensen van de leerling en wat is &amp;toegezegd:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="140"/>
        <source>case file default</source>
        <translation>standaard van het zaakbestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="141"/>
        <source> years after closing</source>
        <translation> jaar na sluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="144"/>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="147"/>
        <source>Keep this case:</source>
        <translation>Deze zaak bewaren:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_buttons.py" line="27"/>
        <source>Save ({key})</source>
        <translation>Opslaan ({key})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_buttons.py" line="31"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_buttons.py" line="37"/>
        <source>Save the changes to this case (Ctrl+S)</source>
        <translation>De wijzigingen in deze zaak opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_buttons.py" line="41"/>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="193"/>
        <source>May be purged from {date}.</source>
        <translation>Mag worden verwijderd vanaf {date}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_tab.py" line="198"/>
        <source>Counts from the day the case is closed.</source>
        <translation>Telt vanaf de dag dat de zaak wordt gesloten.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_save.py" line="33"/>
        <source>Nothing to save: the Overview has no changes.</source>
        <translation>Er is niets om op te slaan: het Overzicht heeft geen wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/overview_save.py" line="59"/>
        <source>The case was not saved</source>
        <translation>De zaak is niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_dialogs.py" line="32"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/password_dialogs.py" line="44"/>
        <source>Making the key from the new password… a few seconds.</source>
        <translation>De sleutel wordt uit het nieuwe wachtwoord gemaakt… een paar seconden.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../adviser_desk/ui/case/people_tab.py" line="38"/>
        <source>Add person…</source>
        <translation>Pers&amp;oon toevoegen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/people_tab.py" line="42"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/people_tab.py" line="45"/>
        <location filename="../../adviser_desk/ui/case/people_tab.py" line="131"/>
        <source>Remove from case</source>
        <translation>Uit zaak verwijderen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/people_tab.py" line="121"/>
        <source>Remove {name} from this case? Their details stay in the other cases they are in.</source>
        <translation>{name} uit deze zaak verwijderen? De gegevens blijven bewaard in de andere zaken waarin {name} staat.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/people_tab.py" line="125"/>
        <source>Remove {name} from this case? They are in no other case, so their details are deleted.</source>
        <translation>{name} uit deze zaak verwijderen? {name} staat in geen andere zaak, dus de gegevens worden gewist.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/people_tab.py" line="139"/>
        <source>Not removed</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/people_tab.py" line="145"/>
        <source>{name} was removed from this case.</source>
        <translation>{name} is uit deze zaak verwijderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/people_tab.py" line="150"/>
        <source>remove {name} from case {number}</source>
        <translation>{name} uit zaak {number} verwijderen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="170"/>
        <source>Edit person</source>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="170"/>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="182"/>
        <source>Anonymous reporter: never shown outside this case or printed</source>
        <translation>Anonieme melder: nooit buiten deze zaak getoond of afgedrukt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="188"/>
        <source>Attends this school</source>
        <translation>Zit op deze school</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="193"/>
        <source>Role in this case:</source>
        <translation>Rol in deze zaak:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="194"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="196"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="197"/>
        <source>Class:</source>
        <translation>Klas:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="199"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="200"/>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="201"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../adviser_desk/ui/common/print_preview.py" line="54"/>
        <source>Fit &amp;width</source>
        <translation>&amp;Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/print_preview.py" line="55"/>
        <source>W&amp;hole page</source>
        <translation>&amp;Hele pagina</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/print_preview.py" line="56"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/print_preview.py" line="57"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/print_preview.py" line="68"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/print_preview.py" line="71"/>
        <source>Print (Ctrl+P)</source>
        <translation>Afdrukken (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/common/print_preview.py" line="119"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/print_preview.py" line="146"/>
        <source>Export to PDF</source>
        <translation>Exporteren naar PDF</translation>
    </message>
</context>
<context>
    <name>PromiseHint</name>
    <message>
        <location filename="../../adviser_desk/ui/interview/speaker_fix.py" line="42"/>
        <source>Record as &amp;my question</source>
        <translation>Als &amp;mijn vraag opslaan</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/speaker_fix.py" line="44"/>
        <source>&amp;Keep as the answer</source>
        <translation>&amp;Houden als antwoord</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/speaker_fix.py" line="63"/>
        <source>“{text}” was kept as the answer ({who}), but it sounds like a promise of yours. Was it your question?</source>
        <translation>“{text}” is bewaard als antwoord ({who}), maar het klinkt als een belofte van jou. Was het jouw vraag?</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../adviser_desk/ui/common/i18n.py" line="34"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/i18n.py" line="35"/>
        <source>Drive</source>
        <comment>All other platforms</comment>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/i18n.py" line="36"/>
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/i18n.py" line="37"/>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>%1-bestand</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/common/i18n.py" line="31"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 bestaat al.
Wil je het vervangen?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/i18n.py" line="32"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/i18n.py" line="33"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuestionCheck</name>
    <message>
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="75"/>
        <source>Use the open rewrite</source>
        <translation>De open formulering gebruiken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="106"/>
        <source>Checking with the rules; the semantic check is still loading…</source>
        <translation>Controle met de regels; de semantische controle wordt nog geladen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="129"/>
        <source>The semantic check could not be loaded, so questions are checked with the rules only.</source>
        <translation>De semantische controle kon niet worden geladen; vragen worden alleen met de regels gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="148"/>
        <source>Instead:</source>
        <translation>In plaats daarvan:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="149"/>
        <source>Like:</source>
        <translation>Zoals:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="158"/>
        <source>semantic: resembles labelled examples</source>
        <translation>semantisch: lijkt op gelabelde voorbeelden</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="164"/>
        <source>rule</source>
        <translation>regel</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="57"/>
        <source>Recovery key for {file}</source>
        <translation>Herstelsleutel voor {file}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="60"/>
        <source>&lt;b&gt;Store this recovery key for {file} before you start.&lt;/b&gt; It opens the case file if you forget the password or lose the key file beside it. Adviser Desk cannot show it again once you confirm. Print the sheet or write the key down, and keep it locked away, apart from this computer.</source>
        <translation>&lt;b&gt;Bewaar deze herstelsleutel voor {file} voordat je begint.&lt;/b&gt; Hij opent het zaakbestand als je het wachtwoord vergeet of het sleutelbestand ernaast kwijtraakt. Zodra je bevestigt, kan Adviser Desk hem niet meer tonen. Druk het blad af of schrijf de sleutel over, en berg hem achter slot op, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="66"/>
        <source>&lt;b&gt;This recovery key is for {receiver}, with {file}.&lt;/b&gt; It opens that case file if {receiver} forgets the password or loses the key file beside it. Print the sheet or write the key down and give it to {receiver} in person, separately from the case file (never in the same e-mail or on the same stick).</source>
        <translation>&lt;b&gt;Deze herstelsleutel is voor {receiver}, bij {file}.&lt;/b&gt; Hij opent dat zaakbestand als {receiver} het wachtwoord vergeet of het sleutelbestand ernaast kwijtraakt. Druk het blad af of schrijf de sleutel over en geef hem persoonlijk aan {receiver}, los van het zaakbestand (nooit in dezelfde e-mail of op dezelfde stick).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="88"/>
        <source>Save sheet as PDF…</source>
        <translation>Blad opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="91"/>
        <source>Print sheet…</source>
        <translation>Blad afdrukken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="103"/>
        <source>I have printed or written down the recovery key for {receiver}.</source>
        <translation>Ik heb de herstelsleutel voor {receiver} afgedrukt of opgeschreven.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="107"/>
        <source>I have printed or written down the recovery key and stored it safely.</source>
        <translation>Ik heb de herstelsleutel afgedrukt of opgeschreven en veilig opgeborgen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="113"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="119"/>
        <source>If you close this window without confirming, the key is shown to {receiver} the first time they open the case file.</source>
        <translation>Sluit je dit venster zonder te bevestigen, dan krijgt {receiver} de sleutel te zien als die het zaakbestand voor het eerst opent.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="124"/>
        <source>If you close this window without confirming, the key is shown again the next time you open the case file.</source>
        <translation>Sluit je dit venster zonder te bevestigen, dan wordt de sleutel opnieuw getoond als je het zaakbestand weer opent.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="184"/>
        <source>Save recovery sheet</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="152"/>
        <source>{name} recovery sheet.pdf</source>
        <translation>{name} herstelblad.pdf</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="160"/>
        <source>The sheet was not saved</source>
        <translation>Het blad is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="166"/>
        <source>Recovery sheet saved</source>
        <translation>Herstelblad opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="168"/>
        <source>The sheet was saved, unencrypted, as {path}. Print it, store the paper safely, then delete the file and empty the bin.</source>
        <translation>Het blad is onversleuteld opgeslagen als {path}. Druk het af, berg het papier veilig op, verwijder daarna het bestand en leeg de prullenbak.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="188"/>
        <source>The sheet was not saved.</source>
        <translation>Het blad is niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="201"/>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="224"/>
        <source>Recovery sheet</source>
        <translation>Herstelblad</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="203"/>
        <source>{folder} holds a case file or a backup. The recovery sheet opens the case file without the password: whoever finds both can read every case. Keep the sheet somewhere else. Save it here anyway?</source>
        <translation>In {folder} staat een zaakbestand of een back-up. Het herstelblad opent het zaakbestand zonder wachtwoord: wie beide vindt, kan elke zaak lezen. Bewaar het blad ergens anders. Toch hier opslaan?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/recovery_dialog.py" line="235"/>
        <source>Could not confirm</source>
        <translation>Bevestigen is niet gelukt</translation>
    </message>
</context>
<context>
    <name>ReferralCardDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="452"/>
        <source>When:</source>
        <translation>Wanneer:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="452"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="452"/>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="463"/>
        <source>Information last checked: {date}</source>
        <translation>Gegevens laatst gecontroleerd: {date}</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="128"/>
        <source>Re-key the case file</source>
        <translation>Zaakbestand opnieuw versleutelen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="132"/>
        <source>The whole case file is encrypted again under a new key, and it gets a new recovery key. A removed adviser&apos;s copy of the old key, and the old recovery sheet, then open nothing. Every remaining adviser keeps their password. For a large case file this takes a few minutes; if it stops halfway, the case file keeps its old key and nothing is lost.</source>
        <translation>Het hele zaakbestand wordt opnieuw versleuteld met een nieuwe sleutel en krijgt een nieuwe herstelsleutel. De oude sleutel van een verwijderde vertrouwenspersoon en het oude herstelblad openen daarna niets meer. Iedere andere vertrouwenspersoon houdt zijn of haar wachtwoord. Bij een groot zaakbestand duurt dit een paar minuten; stopt het halverwege, dan houdt het zaakbestand de oude sleutel en gaat er niets verloren.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="145"/>
        <source>Your &amp;password:</source>
        <translation>Je &amp;wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="159"/>
        <source>Re-key</source>
        <translation>Opnieuw versleutelen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="180"/>
        <source>Cannot re-key</source>
        <translation>Opnieuw versleutelen kan niet</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/advisers_dialog.py" line="228"/>
        <source>Cancelled. The case file keeps its old key and recovery sheet; nothing was lost. Until it is re-keyed, a copy of the old key still opens it.</source>
        <translation>Geannuleerd. Het zaakbestand houdt zijn oude sleutel en herstelblad; er is niets verloren gegaan. Zolang het niet opnieuw versleuteld is, opent een kopie van de oude sleutel het nog.</translation>
    </message>
</context>
<context>
    <name>RemovedLine</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/removed_line.py" line="23"/>
        <source>{number} in case {case}</source>
        <translation>{number} in zaak {case}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/removed_line.py" line="28"/>
        <source>Stored original removed, the record is kept: {items}.</source>
        <translation>Opgeslagen origineel verwijderd, de vastlegging blijft: {items}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/removed_line.py" line="31"/>
        <source>{numbers}: stored original removed, the record is kept.</source>
        <translation>{numbers}: opgeslagen origineel verwijderd, de vastlegging blijft.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/removed_line.py" line="35"/>
        <source>Also removed: {items}.</source>
        <translation>Ook verwijderd: {items}.</translation>
    </message>
</context>
<context>
    <name>ReopenQuestion</name>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="174"/>
        <source>Reopen case {number}</source>
        <translation>Zaak {number} heropenen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="176"/>
        <source>Case {number} becomes “{status}” again.</source>
        <translation>Zaak {number} wordt weer ‘{status}’.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="186"/>
        <source>The outcome recorded at closing, “{outcome}”, is cleared from the case; the timeline keeps it. Closing the case again asks for the outcome.</source>
        <translation>De afloop die bij het sluiten is vastgelegd, ‘{outcome}’, wordt bij de zaak gewist; de tijdlijn bewaart hem. Sluit je de zaak opnieuw, dan wordt weer naar de afloop gevraagd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="194"/>
        <source>&amp;Open again the %n task(s) that closing marked not applicable</source>
        <translation>
            <numerusform>De %n taak die bij het sluiten niet van toepassing is gemaakt weer &amp;openzetten</numerusform>
            <numerusform>De %n taken die bij het sluiten niet van toepassing zijn gemaakt weer &amp;openzetten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="198"/>
        <source>&amp;Reopen case</source>
        <translation>Zaak &amp;heropenen</translation>
    </message>
</context>
<context>
    <name>RestoreActions</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="48"/>
        <source>Choose the backup to restore</source>
        <translation>Kies de back-up die je wilt terugzetten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="61"/>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="75"/>
        <source>The backup was not restored</source>
        <translation>De back-up is niet teruggezet</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="67"/>
        <source>{name} (restored)</source>
        <translation>{name} (teruggezet)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="71"/>
        <source>Save the restored copy of the backup as</source>
        <translation>Teruggezette kopie van de back-up opslaan als</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="97"/>
        <source>The backup of {when} was restored as a new case file:</source>
        <translation>De back-up van {when} is teruggezet als nieuw zaakbestand:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="101"/>
        <source>The backup {backup} was restored as a new case file:</source>
        <translation>De back-up {backup} is teruggezet als nieuw zaakbestand:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="107"/>
        <source>This restored copy is the case file open now. The backup itself was not changed.</source>
        <translation>Deze teruggezette kopie is nu het geopende zaakbestand. De back-up zelf is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="113"/>
        <source>The case file that was open, {path}, was not changed and is closed now. To work in it again, open it with File &gt; Open case file…</source>
        <translation>Het zaakbestand dat open was, {path}, is niet gewijzigd en is nu gesloten. Wil je er weer in werken, open het dan met Bestand &gt; Zaakbestand openen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="119"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="126"/>
        <source>Backup: {path}</source>
        <translation>Back-up: {path}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="140"/>
        <source>The restored copy was not opened. It is kept as {path}; you can open it later with File &gt; Open case file…, with the password in use when the backup was made or with the recovery key.</source>
        <translation>De teruggezette kopie is niet geopend. Hij is bewaard als {path}; je kunt hem later openen met Bestand &gt; Zaakbestand openen…, met het wachtwoord dat in gebruik was toen de back-up werd gemaakt of met de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="146"/>
        <source>The case file that was open, {path}, is still open and was not changed.</source>
        <translation>Het zaakbestand dat open was, {path}, is nog open en is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="149"/>
        <source>Restored copy not opened</source>
        <translation>Teruggezette kopie niet geopend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="152"/>
        <source>&amp;Keep the copy</source>
        <translation>Kopie &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="153"/>
        <source>&amp;Remove the copy</source>
        <translation>Kopie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="163"/>
        <source>The restored copy was not removed</source>
        <translation>De teruggezette kopie is niet verwijderd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="190"/>
        <source>This restored backup holds %n case(s) past the retention period or handed over: {numbers}. A case purged after the backup was made is back in this copy. Purge them again under Case &gt; Cases past retention…</source>
        <translation>
            <numerusform>Deze teruggezette back-up bevat %n zaak die voorbij de bewaartermijn is of is overgedragen: {numbers}. Een zaak die na het maken van de back-up definitief is verwijderd, staat weer in deze kopie. Verwijder ze opnieuw via Zaak &gt; Zaken voorbij bewaartermijn…</numerusform>
            <numerusform>Deze teruggezette back-up bevat %n zaken die voorbij de bewaartermijn zijn of zijn overgedragen: {numbers}. Een zaak die na het maken van de back-up definitief is verwijderd, staat weer in deze kopie. Verwijder ze opnieuw via Zaak &gt; Zaken voorbij bewaartermijn…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="203"/>
        <source>{number} on {date}</source>
        <translation>{number} op {date}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="210"/>
        <source>Purged from {file} before this restore: {cases}.</source>
        <translation>Vóór deze terugzetting definitief verwijderd uit {file}: {cases}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="215"/>
        <source>Cases past retention in this backup</source>
        <translation>Zaken voorbij de bewaartermijn in deze back-up</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="48"/>
        <source>Cases past their retention date</source>
        <translation>Zaken voorbij hun bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="54"/>
        <source>These cases are closed and past the school&apos;s retention period, or were handed over to a colleague (they live on in the colleague&apos;s case file). Purging deletes a case and everything in it for good. The audit log keeps the case&apos;s events (its number, each kind of change and their details, such as export paths and the receiver of a police export) and adds that it was purged: it is a tamper-evident chain, so no event can be taken out of it. Export a summary first if the school must keep one on paper.</source>
        <translation>Deze zaken zijn gesloten en voorbij de bewaartermijn van de school, of zijn aan een collega overgedragen (ze blijven bestaan in het zaakbestand van die collega). Definitief verwijderen wist een zaak met alles erin. Het auditlog houdt de gebeurtenissen van de zaak (het zaaknummer, elke soort wijziging en de details daarvan, zoals exportpaden en de ontvanger van een export voor de politie) en vermeldt daarna dat de zaak is verwijderd: het is een keten waarin een gewiste of veranderde gebeurtenis opvalt, dus er kan geen gebeurtenis uit worden gehaald. Exporteer eerst een samenvatting als de school die op papier moet bewaren.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="81"/>
        <source>No case has passed its retention date.</source>
        <translation>Geen enkele zaak is voorbij de bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="82"/>
        <source>Export summary…</source>
        <translation>Samenvatting exporteren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="84"/>
        <source>Purge…</source>
        <translation>Definitief verwijderen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="135"/>
        <source>Saved {path}; not encrypted.</source>
        <translation>{path} opgeslagen; niet versleuteld.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="140"/>
        <source>&amp;Purge for good</source>
        <translation>&amp;Definitief verwijderen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="143"/>
        <source>&amp;Export summary first…</source>
        <translation>&amp;Eerst samenvatting exporteren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="158"/>
        <source>The summary was saved as {path}.</source>
        <translation>De samenvatting is opgeslagen als {path}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="161"/>
        <source>If the school must keep a summary on paper, export it first.</source>
        <translation>Moet de school een samenvatting op papier bewaren, exporteer die dan eerst.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="165"/>
        <source>Backups made before today still hold this case: the retention period applies to them too. Destroy them when they are no longer needed; a restored backup brings the case back, to be purged again.</source>
        <translation>Back-ups van vóór vandaag bevatten deze zaak nog: de bewaartermijn geldt ook voor hen. Vernietig ze als ze niet meer nodig zijn; een teruggezette back-up brengt de zaak terug, en dan moet die opnieuw verwijderd worden.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="171"/>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="204"/>
        <source>Purge case {number}</source>
        <translation>Zaak {number} definitief verwijderen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="205"/>
        <source>Deleting the case… You can cancel until it has been deleted.</source>
        <translation>De zaak wordt verwijderd… Annuleren kan zolang ze nog niet verwijderd is.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="216"/>
        <source>Case {number} was purged for good. The audit log keeps the case&apos;s events and that it was purged: it is a tamper-evident chain.</source>
        <translation>Zaak {number} is definitief verwijderd. Het auditlog houdt de gebeurtenissen van de zaak en dat de zaak is verwijderd: het is een keten waarin een gewiste of veranderde gebeurtenis opvalt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="220"/>
        <source>Its summary is at {path}.</source>
        <translation>De samenvatting staat in {path}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="154"/>
        <source>Delete case {number} “{title}” and everything in it for good? This cannot be undone.</source>
        <translation>Zaak {number} ‘{title}’ en alles erin definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/retention_dialog.py" line="200"/>
        <source>The case was not purged</source>
        <translation>De zaak is niet verwijderd</translation>
    </message>
</context>
<context>
    <name>SaveGate</name>
    <message>
        <location filename="../../adviser_desk/ui/letters/letter_save.py" line="47"/>
        <source>No changes since version {n}.</source>
        <translation>Geen wijzigingen sinds versie {n}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/shell/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/settings_dialog.py" line="38"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/settings_dialog.py" line="43"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/settings_dialog.py" line="48"/>
        <source>As the system (Dutch on a Dutch computer)</source>
        <translation>Zoals het systeem (Nederlands op een Nederlandse computer)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/settings_dialog.py" line="58"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/settings_dialog.py" line="59"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/settings_dialog.py" line="60"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/settings_dialog.py" line="68"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/settings_dialog.py" line="73"/>
        <source>A new language is used the next time Adviser Desk starts.</source>
        <translation>Een andere taal wordt gebruikt vanaf de volgende keer dat Adviser Desk start.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/settings_dialog.py" line="99"/>
        <source>Folder for case files</source>
        <translation>Map voor zaakbestanden</translation>
    </message>
</context>
<context>
    <name>SpeakerFix</name>
    <message>
        <location filename="../../adviser_desk/ui/interview/speaker_fix.py" line="99"/>
        <source>Change speaker</source>
        <translation>Spreker wijzigen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/speaker_fix.py" line="103"/>
        <source>The selected line was said by the other person (Shift+F2)</source>
        <translation>De gekozen regel is door de ander gezegd (Shift+F2)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/speaker_fix.py" line="160"/>
        <source>Speaker corrected: the line of {time} “{text}” was recorded as {was}; it was said by {now}.</source>
        <translation>Spreker gecorrigeerd: de regel van {time} “{text}” stond op naam van {was}; gezegd door {now}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/interview/speaker_fix.py" line="168"/>
        <source>The speaker was not changed</source>
        <translation>De spreker is niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <location filename="../../adviser_desk/ui/case/summary_export.py" line="36"/>
        <location filename="../../adviser_desk/ui/case/summary_export.py" line="43"/>
        <source>Export case summary</source>
        <translation>Zaaksamenvatting exporteren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/summary_export.py" line="37"/>
        <source>{number} case summary.pdf</source>
        <translation>{number} zaakoverzicht.pdf</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/summary_export.py" line="45"/>
        <source>The PDF is not encrypted: anyone who gets the file can read it. An anonymous reporter is not named in it. Export it?</source>
        <translation>De pdf is niet versleuteld: iedereen die het bestand krijgt, kan het lezen. Een anonieme melder wordt er niet in genoemd. Exporteren?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/summary_export.py" line="55"/>
        <source>Name the anonymous reporter in this one export (recorded in the audit log)</source>
        <translation>De anonieme melder in deze ene export wél noemen (wordt vastgelegd in het auditlog)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/summary_export.py" line="65"/>
        <source>The summary was not exported</source>
        <translation>De samenvatting is niet geëxporteerd</translation>
    </message>
</context>
<context>
    <name>TakedownDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="63"/>
        <source>Takedown of {number}</source>
        <translation>{number} offline halen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="70"/>
        <source>Not reported or checked yet.</source>
        <translation>Nog niet gemeld of gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="73"/>
        <source>So far:</source>
        <translation>Tot nu toe:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="74"/>
        <source>Reported for removal</source>
        <translation>Gemeld voor verwijdering</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="76"/>
        <source>Checked whether it is online</source>
        <translation>Gecontroleerd of het nog online staat</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="81"/>
        <source>What happened:</source>
        <translation>Wat er gebeurde:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="83"/>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="91"/>
        <source>Reported to:</source>
        <translation>Gemeld bij:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="93"/>
        <source>Report number or reply, if any</source>
        <translation>Meldingsnummer of antwoord, als dat er is</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="94"/>
        <source>Reference:</source>
        <translation>Kenmerk:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="99"/>
        <source>(choose: online or not?)</source>
        <translation>(kies: nog online of niet?)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="105"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="107"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="108"/>
        <source>Check again on (adds a task):</source>
        <translation>Opnieuw controleren op (maakt een taak):</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="287"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="287"/>
        <source>Add own task</source>
        <translation>Eigen taak toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="299"/>
        <source>Why this does not apply</source>
        <translation>Waarom dit niet van toepassing is</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="307"/>
        <source>{name} (adviser)</source>
        <translation>{name} (vertrouwenspersoon)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="319"/>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="331"/>
        <source>Task:</source>
        <translation>Taak:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="332"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="333"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="344"/>
        <source>Due:</source>
        <translation>Uiterlijk:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="345"/>
        <source>Who:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="346"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_dialogs.py" line="351"/>
        <source>About {name}…</source>
        <translation>Over {name}…</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="55"/>
        <source>Show done and not applicable</source>
        <translation>Ook afgeronde en niet van toepassing tonen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="60"/>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="65"/>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="201"/>
        <source>Mark done</source>
        <translation>Afvinken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="62"/>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="202"/>
        <source>Mark the selected task done (Ctrl+D)</source>
        <translation>De gekozen taak afvinken (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="65"/>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="198"/>
        <source>Mark not done</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="74"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="77"/>
        <source>Add own task…</source>
        <translation>Eigen taak toevoegen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="81"/>
        <source>Meldcode…</source>
        <translation>Meldcode bijwerken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="83"/>
        <source>This task names the Meldcode: record its steps</source>
        <translation>Deze taak noemt de Meldcode: leg de stappen vast</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="105"/>
        <source>This case is closed, so its tasks stay as they are. To work on them, reopen the case on the Overview (Status).</source>
        <translation>Deze zaak is gesloten, dus de taken blijven zoals ze zijn. Wil je eraan werken, heropen dan de zaak op het tabblad Overzicht (Status).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="199"/>
        <source>Open the selected task again (Ctrl+D)</source>
        <translation>De geselecteerde taak weer openzetten (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="248"/>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="275"/>
        <source>reopen task ‘{task}’ in case {number}</source>
        <translation>taak ‘{task}’ heropenen in zaak {number}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="277"/>
        <source>mark task ‘{task}’ done in case {number}</source>
        <translation>taak ‘{task}’ afvinken in zaak {number}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="280"/>
        <source>Reopened: {task}</source>
        <translation>Heropend: {task}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/tasks_tab.py" line="282"/>
        <source>Marked done: {task}</source>
        <translation>Afgevinkt: {task}</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../adviser_desk/ui/case/timeline_tab.py" line="63"/>
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Schrijf een notitie… (Ctrl+Enter voegt toe)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/timeline_tab.py" line="64"/>
        <source>Happened earlier, at:</source>
        <translation>Eerder gebeurd, op:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/timeline_tab.py" line="68"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/timeline_tab.py" line="83"/>
        <source>Happened at</source>
        <translation>Gebeurd op</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/timeline_tab.py" line="85"/>
        <source>New &amp;note:</source>
        <translation>Nieuwe &amp;notitie:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/timeline_tab.py" line="132"/>
        <source>The note you were writing on the Timeline of case {number} was added when the case file was locked.</source>
        <translation>De notitie die je aan het schrijven was in de Tijdlijn van zaak {number} is toegevoegd toen het zaakbestand werd vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/timeline_tab.py" line="137"/>
        <source>The note you were writing on the Timeline of case {number} was added before locking.</source>
        <translation>De notitie die je aan het schrijven was in de Tijdlijn van zaak {number} is vóór het vergrendelen toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/timeline_tab.py" line="144"/>
        <source>Its time, {moment}, lies in the future and was left out: Undo puts it back.</source>
        <translation>Het tijdstip, {moment}, ligt in de toekomst en is weggelaten: Ongedaan maken zet het terug.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/timeline_tab.py" line="179"/>
        <source>The note was not added</source>
        <translation>De notitie is niet toegevoegd</translation>
    </message>
</context>
<context>
    <name>TransferNote</name>
    <message>
        <location filename="../../adviser_desk/ui/case/transfer_note.py" line="32"/>
        <source>Handed over to {receiver} on {date}. This case is kept here read-only: you can look at it, verify and print it, but not change it.</source>
        <translation>Op {date} overgedragen aan {receiver}. Deze zaak wordt hier alleen-lezen bewaard: je kunt haar bekijken, controleren en afdrukken, maar niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/transfer_note.py" line="41"/>
        <source>Received from {sender} on {date}.</source>
        <translation>Ontvangen van {sender} op {date}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/transfer_note.py" line="48"/>
        <source>Its number there was {number}; that number was taken here.</source>
        <translation>Het nummer daar was {number}; dat nummer was hier al in gebruik.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../adviser_desk/ui/case/undo_bar.py" line="68"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/undo_bar.py" line="70"/>
        <source>Undo this (Ctrl+Z)</source>
        <translation>Dit ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/undo_bar.py" line="122"/>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Ongedaan maken: {what}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/undo_bar.py" line="131"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/undo_bar.py" line="180"/>
        <source>Not undone</source>
        <translation>Niet ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/undo_bar.py" line="231"/>
        <source>Nothing to undo.</source>
        <translation>Er is niets om ongedaan te maken.</translation>
    </message>
</context>
<context>
    <name>UndoMenu</name>
    <message>
        <location filename="../../adviser_desk/ui/shell/undo_menu.py" line="25"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/undo_menu.py" line="30"/>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="51"/>
        <source>Unlock case file</source>
        <translation>Zaakbestand ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="55"/>
        <source>Unlock &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="61"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_widgets.py" line="16"/>
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_widgets.py" line="24"/>
        <source>The key is kept in this computer&apos;s password store, unlocked when you log in. Only use this on a computer nobody else logs in to as you.</source>
        <translation>De sleutel wordt bewaard in de wachtwoordkluis van deze computer, die opengaat als je inlogt. Gebruik dit alleen op een computer waar niemand anders als jou inlogt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_widgets.py" line="34"/>
        <source>“Remember on this computer” is not available: this computer has no password store (keyring) that Adviser Desk can use safely. Type the password each time instead.</source>
        <translation>‘Onthouden op deze computer’ is niet beschikbaar: deze computer heeft geen wachtwoordkluis (keyring) die Adviser Desk veilig kan gebruiken. Typ het wachtwoord dus elke keer.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="69"/>
        <source>(no name yet)</source>
        <translation>(nog geen naam)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="70"/>
        <source>&amp;Adviser:</source>
        <translation>&amp;Vertrouwenspersoon:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_widgets.py" line="51"/>
        <source>As printed on the recovery sheet. Capitals, spaces and dashes do not matter, and a letter O counts as a zero.</source>
        <translation>Zoals op het herstelblad staat. Hoofdletters, spaties en streepjes maken niet uit, en een letter O telt als een nul.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="82"/>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="154"/>
        <source>Use recovery key instead</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="86"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="89"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="90"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_widgets.py" line="80"/>
        <source>This is a restored backup: it opens with the password that was in use when the backup was made (if you changed your password since, the older one), or with the recovery key.</source>
        <translation>Dit is een teruggezette back-up: hij opent met het wachtwoord dat in gebruik was toen de back-up werd gemaakt (heb je je wachtwoord sindsdien gewijzigd, dan het oudere), of met de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="154"/>
        <source>Use password instead</source>
        <translation>Wachtwoord gebruiken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="226"/>
        <source>Unlocked. This case file was made by an older version of Adviser Desk and is now being upgraded. This happens once. Nothing is changed until an encrypted copy is made and checked; for a large case file this takes a few minutes.

You may cancel: the case file then stays exactly as it was.</source>
        <translation>Ontgrendeld. Dit zaakbestand is gemaakt met een oudere versie van Adviser Desk en wordt nu bijgewerkt. Dat gebeurt één keer. Er verandert niets voordat een versleutelde kopie is gemaakt en gecontroleerd; bij een groot zaakbestand duurt dat enkele minuten.

Je kunt annuleren: het zaakbestand blijft dan precies zoals het was.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="249"/>
        <source>Cancelling… the case file stays as it was.</source>
        <translation>Annuleren… het zaakbestand blijft zoals het was.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="283"/>
        <source>The upgrade was cancelled; the case file was not changed. It is upgraded the next time you unlock it.</source>
        <translation>Het bijwerken is geannuleerd; het zaakbestand is niet veranderd. Het wordt bijgewerkt wanneer je het de volgende keer ontgrendelt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case_file/unlock_dialog.py" line="298"/>
        <source>This backup may need an older password: the one in use when it was made.</source>
        <translation>Deze back-up heeft misschien een ouder wachtwoord nodig: het wachtwoord dat in gebruik was toen hij werd gemaakt.</translation>
    </message>
</context>
<context>
    <name>UrlDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/url_dialog.py" line="28"/>
        <source>Add web address</source>
        <translation>Webadres toevoegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/url_dialog.py" line="34"/>
        <source>Copy the address from the browser&apos;s address bar. Only the address is stored, not the page: take a screenshot as well if it may disappear.</source>
        <translation>Kopieer het adres uit de adresbalk van de browser. Alleen het adres wordt bewaard, niet de pagina: maak ook een screenshot als die kan verdwijnen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/url_dialog.py" line="47"/>
        <source>e.g. fake account posting the photo</source>
        <translation>bijv. nepaccount dat de foto plaatst</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/url_dialog.py" line="50"/>
        <source>e.g. sent by a classmate, found by the adviser</source>
        <translation>bijv. gestuurd door een klasgenoot, gevonden door de vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/url_dialog.py" line="51"/>
        <source>Seen &amp;at:</source>
        <translation>Gezien &amp;op:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/url_dialog.py" line="53"/>
        <source>Seen at</source>
        <translation>Gezien op</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/url_dialog.py" line="58"/>
        <source>Web &amp;address:</source>
        <translation>Web&amp;adres:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/url_dialog.py" line="59"/>
        <source>&amp;What is there:</source>
        <translation>&amp;Wat staat er:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/url_dialog.py" line="60"/>
        <source>&amp;Provided by / how:</source>
        <translation>&amp;Aangeleverd door / hoe:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/url_dialog.py" line="65"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>WaitingLine</name>
    <message>
        <location filename="../../adviser_desk/ui/case/waiting_line.py" line="51"/>
        <source>Dismiss</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/waiting_line.py" line="53"/>
        <source>Close this message until the case is opened again</source>
        <translation>Deze melding sluiten tot de zaak weer geopend wordt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/waiting_line.py" line="54"/>
        <source>Close this message</source>
        <translation>Deze melding sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/waiting_line.py" line="95"/>
        <source>%n file(s) still wait for the question about minors ({numbers}): answer them on the Evidence tab, where they are marked.</source>
        <translation>
            <numerusform>%n bestand wacht nog op de vraag over minderjarigen ({numbers}): beantwoord het op het tabblad Bewijs, waar het gemarkeerd is.</numerusform>
            <numerusform>%n bestanden wachten nog op de vraag over minderjarigen ({numbers}): beantwoord die op het tabblad Bewijs, waar ze gemarkeerd zijn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="65"/>
        <source>Adviser Desk keeps your cases of online abuse, sexting and exposure in one encrypted case file on this computer. Nothing leaves it unless you export it.</source>
        <translation>Adviser Desk bewaart je zaken over online misbruik, sexting en exposing in één versleuteld zaakbestand op deze computer. Er gaat niets uit tenzij je het zelf exporteert.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="71"/>
        <source>Create a &amp;new case file…</source>
        <translation>&amp;Nieuw zaakbestand maken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="73"/>
        <source>&amp;Open a case file…</source>
        <translation>Zaakbestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="78"/>
        <source>Try the &amp;demo case file</source>
        <translation>Het &amp;demozaakbestand proberen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="81"/>
        <source>Three made-up cases to look around in (password: demo).</source>
        <translation>Drie verzonnen zaken om rond te kijken (wachtwoord: demo).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="95"/>
        <source>Welcome to Adviser Desk</source>
        <translation>Welkom bij Adviser Desk</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/pages.py" line="112"/>
        <source>Open {name}</source>
        <translation>{name} openen</translation>
    </message>
</context>
<context>
    <name>WithheldRecord</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="38"/>
        <source>{number} — image not kept</source>
        <translation>{number} — beeld niet bewaard</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="42"/>
        <source>This image was deliberately not kept: it may be a sexual image of someone under 18, and keeping it is a criminal offence, even as evidence. What the police and Helpwanted need is recorded below instead. Do not ask for the image and do not make a copy.</source>
        <translation>Dit beeld is bewust niet bewaard: het kan een seksueel beeld zijn van iemand onder de 18, en dat bewaren is strafbaar, ook als bewijs. Wat de politie en Helpwanted nodig hebben, staat hieronder vastgelegd. Vraag niet om het beeld en maak er geen kopie van.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="56"/>
        <source>{when} by {who}</source>
        <translation>{when} door {who}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="61"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="62"/>
        <source>&amp;Where it is:</source>
        <translation>&amp;Waar het staat:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="63"/>
        <source>Who has s&amp;een it:</source>
        <translation>Wie heeft het gez&amp;ien:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="64"/>
        <source>&amp;Provided by / how:</source>
        <translation>Aan&amp;geleverd door / hoe:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="65"/>
        <source>File &amp;received:</source>
        <translation>Ontvangen best&amp;and:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="66"/>
        <source>Seen o&amp;n:</source>
        <translation>Gezien &amp;op:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="67"/>
        <source>Re&amp;corded:</source>
        <translation>&amp;Vastgelegd:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="68"/>
        <source>&amp;SHA-256:</source>
        <translation>&amp;SHA-256:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_view.py" line="79"/>
        <source>The fingerprint of the file that was received: with it the police or Helpwanted can recognise the same image without anyone keeping it here.</source>
        <translation>De vingerafdruk van het ontvangen bestand: daarmee kunnen de politie of Helpwanted hetzelfde beeld herkennen zonder dat iemand het hier bewaart.</translation>
    </message>
</context>
<context>
    <name>_Units</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/common/format.py" line="39"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>annual_report</name>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="28"/>
        <source>Annual report {year}: online abuse and exposure</source>
        <translation>Jaarverslag {year}: online misbruik en shaming</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="29"/>
        <source>Anonymised account of the confidential adviser</source>
        <translation>Geanonimiseerde verantwoording van de vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="30"/>
        <source>This report holds counts only: no names, case numbers or case details. Every count below 5 is shown as “&lt;5”, and a count that could be worked out from a total is hidden as “x”, so that no student can be recognised, not even at a small school.</source>
        <translation>Dit verslag bevat alleen aantallen: geen namen, zaaknummers of details van zaken. Elk aantal onder de 5 staat er als ‘&lt;5’, en een aantal dat uit een totaal te herleiden is, is verborgen als ‘x’. Zo is geen leerling te herkennen, ook niet op een kleine school.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="36"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="37"/>
        <source>Cases opened in {year}: {count}</source>
        <translation>Zaken geopend in {year}: {count}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="38"/>
        <source>Cases by incident type and month opened</source>
        <translation>Zaken per soort incident en maand van openen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="39"/>
        <source>A case can have several incident types, so the rows add up to more than the cases.</source>
        <translation>Een zaak kan meer soorten incidenten hebben; de rijen tellen daarom op tot meer dan het aantal zaken.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="43"/>
        <source>How the cases stand at the time of this report</source>
        <translation>Stand van de zaken bij het maken van dit verslag</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="44"/>
        <source>How the closed cases ended</source>
        <translation>Hoe de gesloten zaken afliepen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="45"/>
        <source>The main outcome recorded when a case was closed; “Not recorded” counts closed cases without one (among them cases closed before the outcome was asked).</source>
        <translation>De belangrijkste afloop, vastgelegd bij het sluiten van een zaak; „Niet vastgelegd” telt gesloten zaken zonder afloop (waaronder zaken die gesloten zijn voordat naar de afloop werd gevraagd).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="50"/>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="51"/>
        <source>Referrals made (a protocol task done)</source>
        <translation>Verwijzingen (een protocoltaak afgerond)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="52"/>
        <source>Meldcode</source>
        <translation>Meldcode</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="53"/>
        <source>Duration</source>
        <translation>Doorlooptijd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="54"/>
        <source>Cases reported to Veilig Thuis</source>
        <translation>Zaken gemeld bij Veilig Thuis</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="55"/>
        <source>Median days from opening to closing: {days} (over {closed} closed cases)</source>
        <translation>Mediaan aantal dagen van openen tot sluiten: {days} (over {closed} gesloten zaken)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="58"/>
        <source>Median duration not shown: fewer than 5 cases of this year are closed.</source>
        <translation>Mediane doorlooptijd niet getoond: minder dan 5 zaken van dit jaar zijn gesloten.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="62"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="63"/>
        <source>Incident type</source>
        <translation>Soort incident</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="64"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="65"/>
        <source>All cases</source>
        <translation>Alle zaken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="66"/>
        <source>Made on {date} by {adviser}, {school}</source>
        <translation>Gemaakt op {date} door {adviser}, {school}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="67"/>
        <source>&lt;5: fewer than five (zero included). x: hidden so that a count below five cannot be worked out from the total.</source>
        <translation>&lt;5: minder dan vijf (nul inbegrepen). x: verborgen zodat een aantal onder de vijf niet uit het totaal te herleiden is.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="183"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="184"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="185"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="186"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="187"/>
        <source>Median days from opening to closing</source>
        <translation>Mediaan aantal dagen van openen tot sluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/annual_report.py" line="188"/>
        <source>Closed cases</source>
        <translation>Gesloten zaken</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../adviser_desk/ui/shell/audit_model.py" line="22"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/audit_model.py" line="23"/>
        <source>Time (local)</source>
        <translation>Tijd (lokaal)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/audit_model.py" line="24"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/audit_model.py" line="25"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/audit_model.py" line="26"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/shell/audit_model.py" line="65"/>
        <source>{action}
SHA-256 of this event: {hash}</source>
        <translation>{action}
SHA-256 van deze gebeurtenis: {hash}</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="93"/>
        <source>Case file created</source>
        <translation>Zaakbestand aangemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="94"/>
        <source>Recent changes lost after an unclean shutdown (copy kept)</source>
        <translation>Recente wijzigingen verloren na een onverwachte afsluiting (kopie bewaard)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="97"/>
        <source>Recovery sheet saved or printed</source>
        <translation>Herstelblad opgeslagen of afgedrukt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="100"/>
        <source>Recovery key confirmed as stored</source>
        <translation>Bevestigd dat de herstelsleutel bewaard is</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="103"/>
        <source>Opened with the recovery key</source>
        <translation>Geopend met de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="106"/>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="107"/>
        <source>New password set with the recovery key</source>
        <translation>Nieuw wachtwoord ingesteld met de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="110"/>
        <source>Password change not completed (the key file could not be written)</source>
        <translation>Wachtwoord niet gewijzigd (het sleutelbestand kon niet worden geschreven)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="113"/>
        <source>Key file made anew</source>
        <translation>Sleutelbestand opnieuw gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="114"/>
        <source>Remembered on a computer</source>
        <translation>Onthouden op een computer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="115"/>
        <source>Forgotten on a computer</source>
        <translation>Vergeten op een computer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="116"/>
        <source>Adviser given access</source>
        <translation>Vertrouwenspersoon toegang gegeven</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="117"/>
        <source>Adviser&apos;s access removed</source>
        <translation>Toegang van vertrouwenspersoon ingetrokken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="118"/>
        <source>Case file re-keyed (new key and recovery key)</source>
        <translation>Zaakbestand opnieuw versleuteld (nieuwe sleutel en herstelsleutel)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="121"/>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="122"/>
        <source>Restored from a backup</source>
        <translation>Teruggezet uit een back-up</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="123"/>
        <source>Unfinished backup removed</source>
        <translation>Onvoltooide back-up verwijderd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="126"/>
        <source>Raw database key shown to IT staff</source>
        <translation>Ruwe databasesleutel getoond aan ICT</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="129"/>
        <source>Adviser and school details changed</source>
        <translation>Gegevens van vertrouwenspersoon en school gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="132"/>
        <source>Letterhead changed</source>
        <translation>Briefhoofd gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="133"/>
        <source>Retention period changed</source>
        <translation>Bewaartermijn gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="134"/>
        <source>Case created</source>
        <translation>Zaak aangemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="135"/>
        <source>Case changed</source>
        <translation>Zaak gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="136"/>
        <source>Case purged after retention</source>
        <translation>Zaak na de bewaartermijn gewist</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="137"/>
        <source>Case summary saved as PDF</source>
        <translation>Zaakoverzicht als pdf opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="140"/>
        <source>Case handed over to another case file</source>
        <translation>Zaak overgedragen aan een ander zaakbestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="143"/>
        <source>Case received from another case file</source>
        <translation>Zaak ontvangen uit een ander zaakbestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="146"/>
        <source>Person added to a case</source>
        <translation>Persoon aan een zaak toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="147"/>
        <source>Person in a case changed</source>
        <translation>Persoon in een zaak gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="148"/>
        <source>Person removed from a case</source>
        <translation>Persoon uit een zaak verwijderd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="149"/>
        <source>Task added</source>
        <translation>Taak toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="150"/>
        <source>Task changed</source>
        <translation>Taak gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="151"/>
        <source>Note added</source>
        <translation>Notitie toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="152"/>
        <source>Note undone</source>
        <translation>Notitie ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="153"/>
        <source>Interview started</source>
        <translation>Gesprek begonnen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="154"/>
        <source>Interview closed</source>
        <translation>Gesprek afgesloten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="155"/>
        <source>Interview line: speaker corrected</source>
        <translation>Gespreksregel: spreker gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="158"/>
        <source>Interview note added</source>
        <translation>Gespreksnotitie toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="159"/>
        <source>Interview note undone</source>
        <translation>Gespreksnotitie ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="160"/>
        <source>Interview record saved as PDF</source>
        <translation>Gespreksverslag als pdf opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="163"/>
        <source>Interview record printed</source>
        <translation>Gespreksverslag afgedrukt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="166"/>
        <source>Evidence recorded</source>
        <translation>Bewijs vastgelegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="167"/>
        <source>Confirmed: no sexual images of minors in an import</source>
        <translation>Bevestigd: geen seksuele beelden van minderjarigen in een import</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="170"/>
        <source>Web address reported for removal</source>
        <translation>Webadres gemeld voor verwijdering</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="173"/>
        <source>Checked whether a web address is still online</source>
        <translation>Gecontroleerd of een webadres nog online staat</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="176"/>
        <source>Evidence handed over</source>
        <translation>Bewijs overgedragen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="177"/>
        <source>Evidence log printed or saved</source>
        <translation>Bewijslijst afgedrukt of opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="180"/>
        <source>Evidence log printed</source>
        <translation>Bewijslijst afgedrukt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="181"/>
        <source>Evidence log saved as PDF</source>
        <translation>Bewijslijst als pdf opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="182"/>
        <source>Evidence exported</source>
        <translation>Bewijs geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="183"/>
        <source>Export for the police started</source>
        <translation>Export voor de politie begonnen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="186"/>
        <source>Unfinished export removed</source>
        <translation>Onvoltooide export verwijderd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="189"/>
        <source>Stored original removed: may be a sexual image of a minor</source>
        <translation>Opgeslagen origineel verwijderd: mogelijk seksueel beeld van een minderjarige</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="192"/>
        <source>Evidence description changed</source>
        <translation>Beschrijving van bewijs gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="195"/>
        <source>Stored files wait for the question about minors (case became sexual)</source>
        <translation>Opgeslagen bestanden wachten op de vraag over minderjarigen (zaak werd een zaak met seksuele beelden)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="198"/>
        <source>Answered for a stored file: no sexual image of a minor</source>
        <translation>Beantwoord voor een opgeslagen bestand: geen seksueel beeld van een minderjarige</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="201"/>
        <source>Letter saved</source>
        <translation>Brief opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="202"/>
        <source>Letter printed</source>
        <translation>Brief afgedrukt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="203"/>
        <source>Letter saved as PDF</source>
        <translation>Brief als pdf opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="204"/>
        <source>Meldcode step recorded</source>
        <translation>Stap van de Meldcode vastgelegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="207"/>
        <source>Meldcode step cleared</source>
        <translation>Stap van de Meldcode gewist</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="208"/>
        <source>Anonymised annual report saved</source>
        <translation>Geanonimiseerd jaarverslag opgeslagen</translation>
    </message>
</context>
<context>
    <name>case_closing</name>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="441"/>
        <source>Case {number} was not closed by the lock: Closed is chosen again on its Overview, not saved. Press Save to answer the closing question.</source>
        <translation>Zaak {number} is niet gesloten door de vergrendeling: Gesloten staat weer gekozen in het Overzicht, niet opgeslagen. Druk op Opslaan om de vraag bij het sluiten te beantwoorden.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="446"/>
        <source>Case {number} was not closed: closing asks a question first. Closed is chosen again after unlocking.</source>
        <translation>Zaak {number} is niet gesloten: bij het sluiten wordt eerst iets gevraagd. Na het ontgrendelen staat Gesloten weer gekozen.</translation>
    </message>
</context>
<context>
    <name>case_models</name>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="47"/>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="48"/>
        <source>Handed over to a colleague, kept here read-only (status: {status})</source>
        <translation>Overgedragen aan een collega, hier alleen te lezen (status: {status})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="71"/>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="134"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="72"/>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="135"/>
        <source>Subject</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="73"/>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="136"/>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="249"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="74"/>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="137"/>
        <source>Incident types</source>
        <translation>Soort incident</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="75"/>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="138"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="76"/>
        <source>Open tasks</source>
        <translation>Open taken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="77"/>
        <source>Next due</source>
        <translation>Eerstvolgend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="114"/>
        <source>Has overdue tasks</source>
        <translation>Heeft verlopen taken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="139"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="140"/>
        <source>Retention ended</source>
        <translation>Einde bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="205"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="206"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="207"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="208"/>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="209"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="216"/>
        <source>{name} (anonymous: never printed)</source>
        <translation>{name} (anoniem: wordt nooit afgedrukt)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="235"/>
        <source>Attends another school</source>
        <translation>Zit op een andere school</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="245"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="246"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="247"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="248"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="267"/>
        <source>Evidence: re-check</source>
        <translation>Bewijs: opnieuw controleren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="269"/>
        <source>Own task</source>
        <translation>Eigen taak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="307"/>
        <source>Done on {date}</source>
        <translation>Afgerond op {date}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="313"/>
        <source>Not applicable: {reason}</source>
        <translation>Niet van toepassing: {reason}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="318"/>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="342"/>
        <source>Confidential adviser</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="343"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="344"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="345"/>
        <source>Care coordinator</source>
        <translation>Zorgcoördinator</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="346"/>
        <source>School leadership</source>
        <translation>Schoolleiding</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="347"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="362"/>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="363"/>
        <source>Happened</source>
        <translation>Gebeurd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="364"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/case/case_models.py" line="376"/>
        <source>Happened {observed} (as told); written down {recorded}.</source>
        <translation>Gebeurd op {observed} (zoals verteld); vastgelegd op {recorded}.</translation>
    </message>
</context>
<context>
    <name>case_summary</name>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="23"/>
        <source>Case summary</source>
        <translation>Zaaksamenvatting</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="24"/>
        <source>Confidential: contains personal data of students. Do not copy or forward.</source>
        <translation>Vertrouwelijk: bevat persoonsgegevens van leerlingen. Niet kopiëren of doorsturen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="27"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="28"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="29"/>
        <source>Scope, impact and wishes</source>
        <translation>Omvang, impact en wensen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="30"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="31"/>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="32"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="33"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="34"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="35"/>
        <source>School, class</source>
        <translation>School, klas</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="36"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="37"/>
        <location filename="../../adviser_desk/services/summary_service.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="38"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="39"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="40"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="42"/>
        <source>Audit chain head when this copy was made</source>
        <translation>Laatste schakel van de auditketen bij het maken van dit exemplaar</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="43"/>
        <source>Made on {date} by {adviser}, {school}</source>
        <translation>Gemaakt op {date} door {adviser}, {school}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="44"/>
        <source>Made on {date} by {adviser}</source>
        <translation>Gemaakt op {date} door {adviser}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="45"/>
        <source>No people recorded.</source>
        <translation>Geen personen vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="46"/>
        <source>Meldcode</source>
        <translation>Meldcode</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="47"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="48"/>
        <source>Date, by</source>
        <translation>Datum, door</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="49"/>
        <source>Outcome and note</source>
        <translation>Uitkomst en toelichting</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/case_summary.py" line="50"/>
        <source>The Meldcode has not been started for this case.</source>
        <translation>De Meldcode is voor deze zaak niet gestart.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="27"/>
        <source>Case number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="29"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="30"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="31"/>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="32"/>
        <source>Incident types</source>
        <translation>Soort incident</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="33"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="34"/>
        <source>Escalation</source>
        <translation>Opschaling</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="35"/>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="36"/>
        <source>Images</source>
        <translation>Beelden</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="37"/>
        <source>Seen by</source>
        <translation>Gezien door</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="38"/>
        <source>Still spreading</source>
        <translation>Wordt nog verspreid</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="39"/>
        <source>Criminal offence suspected</source>
        <translation>Vermoeden van strafbaar feit</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="40"/>
        <source>Police consulted</source>
        <translation>Politie geraadpleegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="41"/>
        <source>Report to the police</source>
        <translation>Aangifte of melding</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="42"/>
        <source>Psychological help needed</source>
        <translation>Psychologische hulp nodig</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="43"/>
        <source>Media attention expected</source>
        <translation>Media-aandacht verwacht</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="44"/>
        <source>Victim agrees to inform</source>
        <translation>Slachtoffer stemt in met inlichten van</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="45"/>
        <source>Wishes about publicity</source>
        <translation>Wensen over openbaarheid</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="46"/>
        <source>The student&apos;s wishes and what was agreed</source>
        <translation>Wensen van de leerling en wat is toegezegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="47"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="48"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="49"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="50"/>
        <source>Own task</source>
        <translation>Eigen taak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="52"/>
        <source>Evidence: re-check</source>
        <translation>Bewijs: opnieuw controleren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="53"/>
        <source>by {who}</source>
        <translation>door {who}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/summary_service.py" line="54"/>
        <source>(happened {when})</source>
        <translation>(gebeurd op {when})</translation>
    </message>
</context>
<context>
    <name>case_widgets</name>
    <message>
        <location filename="../../adviser_desk/ui/common/widgets.py" line="59"/>
        <location filename="../../adviser_desk/ui/interview/conversation_dialogs.py" line="223"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/widgets.py" line="60"/>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="80"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/widgets.py" line="61"/>
        <location filename="../../adviser_desk/ui/interview/closing_kept.py" line="81"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="27"/>
        <source>Cyberbullying</source>
        <translation>Cyberpesten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="28"/>
        <source>Threats</source>
        <translation>Bedreiging</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="29"/>
        <source>Extortion / sextortion</source>
        <translation>Afpersing / sextortion</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="30"/>
        <source>Fake account</source>
        <translation>Nepaccount</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="31"/>
        <source>Unwanted sexting / exposing (shame sexting, revenge porn)</source>
        <translation>Ongewenste sexting / exposing (shame sexting, wraakporno)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="34"/>
        <source>Manipulated images (photoshop, deepfake)</source>
        <translation>Bewerkte beelden (photoshop, deepfake)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="37"/>
        <source>Grooming</source>
        <translation>Grooming</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="38"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="54"/>
        <location filename="../../adviser_desk/domain/cases.py" line="222"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="55"/>
        <source>Monitoring</source>
        <translation>Volgen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="56"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="76"/>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="77"/>
        <source>Resolved within the school</source>
        <translation>Opgelost binnen de school</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="78"/>
        <source>Images removed (takedown succeeded)</source>
        <translation>Beelden verwijderd (offline halen gelukt)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="79"/>
        <source>Referred to care (e.g. Helpwanted, GGD, Veilig Thuis)</source>
        <translation>Doorverwezen naar zorg (bijv. Helpwanted, GGD, Veilig Thuis)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="82"/>
        <source>Police report made</source>
        <translation>Aangifte gedaan</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="83"/>
        <source>Handed over to another school or colleague</source>
        <translation>Overgedragen aan een andere school of collega</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="86"/>
        <source>Other outcome</source>
        <translation>Andere afloop</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="98"/>
        <source>No images involved</source>
        <translation>Geen beelden</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="99"/>
        <source>Only threatened, not spread</source>
        <translation>Alleen gedreigd, niet verspreid</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="100"/>
        <source>Spread</source>
        <translation>Verspreid</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="101"/>
        <source>Not known yet</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="114"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="115"/>
        <source>A few people (under 10)</source>
        <translation>Enkelen (minder dan 10)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="116"/>
        <source>A class or group (10 to 50)</source>
        <translation>Een klas of groep (10 tot 50)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="117"/>
        <source>Much of the school (over 50)</source>
        <translation>Een groot deel van de school (meer dan 50)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="118"/>
        <source>Public, beyond the school</source>
        <translation>Openbaar, ook buiten de school</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="129"/>
        <source>None (yet)</source>
        <translation>(Nog) geen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="130"/>
        <source>Notice (melding)</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="131"/>
        <source>Police report (aangifte)</source>
        <translation>Aangifte</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="144"/>
        <source>Not escalated</source>
        <translation>Niet opgeschaald</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="146"/>
        <source>Mentor / student counsellor (SLB)</source>
        <translation>Mentor / SLB</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="147"/>
        <source>Care coordinator (zorgcoördinator)</source>
        <translation>Zorgcoördinator</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="148"/>
        <source>Care advisory team (zorgadviesteam)</source>
        <translation>Zorgadviesteam</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="149"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="160"/>
        <source>Not discussed yet</source>
        <translation>Nog niet besproken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="161"/>
        <source>Wants a public apology from the distributor</source>
        <translation>Wil openbare excuses van de verspreider</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="162"/>
        <source>Wants as little attention as possible</source>
        <translation>Wil zo min mogelijk ruchtbaarheid</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="175"/>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="176"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="177"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="178"/>
        <source>Classmates</source>
        <translation>Klasgenoten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="179"/>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="195"/>
        <source>Victim</source>
        <translation>Slachtoffer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="196"/>
        <source>Distributor / perpetrator</source>
        <translation>Verspreider / dader</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="197"/>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="198"/>
        <source>Parent or guardian</source>
        <translation>Ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="199"/>
        <source>Witness</source>
        <translation>Getuige</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="200"/>
        <source>Classmate</source>
        <translation>Klasgenoot</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="201"/>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="202"/>
        <source>External contact</source>
        <translation>Externe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="212"/>
        <source>Anonymous reporter</source>
        <translation>Anonieme melder</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="223"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/cases.py" line="224"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
</context>
<context>
    <name>checker_profiles</name>
    <message>
        <location filename="../../adviser_desk/domain/checker_profiles.py" line="145"/>
        <source>With parents you tell them what happened, so names and details they did not mention are not flagged. Secrecy promises, blame and leading questions still are.</source>
        <translation>Ouders vertel je wat er is gebeurd; namen en details die zij niet noemden worden daarom niet gemarkeerd. Beloftes van geheimhouding, verwijten en sturende vragen wel.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/checker_profiles.py" line="155"/>
        <source>A distributor must hear that spreading or threatening is often a crime: confronting them with their own behaviour is not flagged as blame, nor are facts you name. Secrecy promises and leading questions still are.</source>
        <translation>Een verspreider moet horen dat verspreiden of ermee dreigen vaak strafbaar is: hem of haar aanspreken op het eigen gedrag wordt niet als verwijt gemarkeerd, en feiten die jij noemt ook niet. Beloftes van geheimhouding en sturende vragen wel.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/checker_profiles.py" line="166"/>
        <source>The distributor&apos;s parents must hear what their child did and what follows, so that is not flagged as blame, nor are facts you name. Secrecy promises still are.</source>
        <translation>De ouders van de verspreider moeten horen wat hun kind deed en wat daarop volgt; dat wordt niet als verwijt gemarkeerd, en feiten die jij noemt ook niet. Beloftes van geheimhouding wel.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/checker_profiles.py" line="176"/>
        <source>You address a group, not a witness: other names the class did not say and yes/no questions to the group are not flagged. Naming the victim, blaming the victim and secrecy promises still are.</source>
        <translation>Je spreekt een groep toe, geen getuige: andere namen die de klas niet noemde en ja/nee-vragen aan de groep worden niet gemarkeerd. De naam van het slachtoffer noemen, het slachtoffer verwijten en beloftes van geheimhouding wel.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/checker_profiles.py" line="186"/>
        <source>Several people look back together, so names and measures nobody mentioned first are not flagged. Secrecy promises, blame and leading questions still are.</source>
        <translation>Meerdere mensen kijken samen terug; namen en maatregelen die niemand eerder noemde worden daarom niet gemarkeerd. Beloftes van geheimhouding, verwijten en sturende vragen wel.</translation>
    </message>
</context>
<context>
    <name>conversations</name>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="29"/>
        <source>The victim</source>
        <translation>Het slachtoffer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="30"/>
        <source>The victim&apos;s parents</source>
        <translation>De ouders van het slachtoffer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="31"/>
        <source>A distributor</source>
        <translation>Een verspreider</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="32"/>
        <source>A distributor&apos;s parents</source>
        <translation>De ouders van een verspreider</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="35"/>
        <source>The class or year group</source>
        <translation>De klas of jaarlaag</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="36"/>
        <source>Evaluation with victim, parents and teachers</source>
        <translation>Evaluatie met slachtoffer, ouders en docenten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="39"/>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="43"/>
        <source>Parent or guardian</source>
        <translation>Ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="44"/>
        <source>Classmates</source>
        <translation>Klasgenoten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="49"/>
        <location filename="../../adviser_desk/domain/conversations.py" line="51"/>
        <location filename="../../adviser_desk/domain/conversations.py" line="55"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="50"/>
        <location filename="../../adviser_desk/domain/conversations.py" line="52"/>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="53"/>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="54"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="95"/>
        <source>Primary school</source>
        <translation>Basisonderwijs</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="96"/>
        <source>Lower secondary</source>
        <translation>Onderbouw voortgezet onderwijs</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/conversations.py" line="97"/>
        <source>Upper secondary or MBO</source>
        <translation>Bovenbouw voortgezet onderwijs of mbo</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../adviser_desk/domain/dates.py" line="58"/>
        <source>en</source>
        <translation>nl</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../adviser_desk/ui/common/dialogs.py" line="28"/>
        <source>Adviser Desk case files (*{suffix})</source>
        <translation>Adviser Desk-zaakbestanden (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/dialogs.py" line="36"/>
        <source>Open a case file</source>
        <translation>Zaakbestand openen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/dialogs.py" line="49"/>
        <source>Create a case file</source>
        <translation>Zaakbestand maken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/dialogs.py" line="134"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>discard</name>
    <message>
        <location filename="../../adviser_desk/ui/common/discard.py" line="34"/>
        <source>Discard what you typed?</source>
        <translation>Wat je typte weggooien?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/discard.py" line="35"/>
        <source>What you typed in this window has not been saved. Discard it?</source>
        <translation>Wat je in dit venster typte, is nog niet opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/discard.py" line="70"/>
        <source>Discard your changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/discard.py" line="71"/>
        <source>The changes in this window have not been saved. Discard them?</source>
        <translation>De wijzigingen in dit venster zijn niet opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/discard.py" line="74"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/discard.py" line="98"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/discard.py" line="38"/>
        <location filename="../../adviser_desk/ui/common/discard.py" line="79"/>
        <source>&amp;Keep typing</source>
        <translation>&amp;Verder typen</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../adviser_desk/domain/recovery_key.py" line="57"/>
        <source>A recovery key has {expected} letters and digits in groups of four; this one has {found}. Please check it against the recovery sheet.</source>
        <translation>Een herstelsleutel heeft {expected} letters en cijfers in groepjes van vier; deze heeft er {found}. Vergelijk hem met het herstelblad.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/recovery_key.py" line="71"/>
        <source>This recovery key contains a typing mistake (its last group does not match). Please compare it with the recovery sheet, group by group.</source>
        <translation>Deze herstelsleutel bevat een typfout (het laatste groepje klopt niet). Vergelijk hem groepje voor groepje met het herstelblad.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/password_rules.py" line="13"/>
        <source>This password is too weak. Use at least {minimum} characters; a few unrelated words make a strong password that is easy to remember.</source>
        <translation>Dit wachtwoord is te zwak. Gebruik minstens {minimum} tekens; een paar losse woorden vormen een sterk wachtwoord dat makkelijk te onthouden is.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/case_file_service.py" line="388"/>
        <source>The logo must be a PNG or JPEG image of at most 2 MB that opens correctly; the letterhead was not changed.</source>
        <translation>Het logo moet een PNG- of JPEG-afbeelding van hoogstens 2 MB zijn die goed opent; het briefhoofd is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="21"/>
        <source>The password is not correct. The case file was not changed. Check Caps Lock, or use the recovery key from the printed recovery sheet.</source>
        <translation>Het wachtwoord klopt niet. Het zaakbestand is niet veranderd. Controleer Caps Lock, of gebruik de herstelsleutel van het afgedrukte herstelblad.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="32"/>
        <source>This recovery key does not open {path}. It may belong to another case file. The case file was not changed.</source>
        <translation>Deze herstelsleutel opent {path} niet. Misschien hoort hij bij een ander zaakbestand. Het zaakbestand is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="48"/>
        <source>This recovery key does not open {path}. It may belong to another case file, or the start of the case file may be damaged. Check that the key is the one on this case file&apos;s recovery sheet; if it is, the case file is damaged: restore it from a backup. The case file was not changed.</source>
        <translation>Deze herstelsleutel opent {path} niet. Misschien hoort hij bij een ander zaakbestand, of is het begin van het zaakbestand beschadigd. Controleer of het de sleutel van het herstelblad van dit zaakbestand is; zo ja, dan is het zaakbestand beschadigd: zet het terug uit een back-up. Het zaakbestand is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="62"/>
        <source>There is no case file at {path}.</source>
        <translation>Er is geen zaakbestand op {path}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="69"/>
        <source>{path} already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>{path} bestaat al. Kies een andere naam; een bestaand bestand wordt nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="79"/>
        <source>an unencrypted SQLite database</source>
        <translation>een onversleutelde SQLite-database</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="80"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="81"/>
        <source>the file is cut off</source>
        <translation>het bestand is afgekapt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="82"/>
        <source>data was added after its last page</source>
        <translation>er zijn gegevens toegevoegd na de laatste pagina</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="88"/>
        <source>{path} is not an Adviser Desk case file ({reason}). Nothing was changed.</source>
        <translation>{path} is geen zaakbestand van Adviser Desk ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="92"/>
        <source>{path} is not an Adviser Desk case file. Nothing was changed.</source>
        <translation>{path} is geen zaakbestand van Adviser Desk. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="101"/>
        <source>The case file {path} is damaged ({detail}), so its contents cannot be trusted. Restore it from a backup.</source>
        <translation>Het zaakbestand {path} is beschadigd ({detail}), dus de inhoud is niet betrouwbaar. Zet het terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="107"/>
        <source>The case file {path} is damaged: its encrypted pages fail their integrity check, so its contents cannot be trusted. Restore it from a backup.</source>
        <translation>Het zaakbestand {path} is beschadigd: versleutelde pagina&apos;s zijn afgekeurd bij de integriteitscontrole, dus de inhoud is niet betrouwbaar. Zet het terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="118"/>
        <source>The key file {path} is damaged (it fails its integrity check), so the password cannot be checked; the case file itself was not changed. Open it with the recovery key from the printed recovery sheet; the key file is then written anew.</source>
        <translation>Het sleutelbestand {path} is beschadigd (de controle op beschadiging faalt), dus het wachtwoord kan niet worden gecontroleerd; het zaakbestand zelf is niet gewijzigd. Open het met de herstelsleutel van het afgedrukte herstelblad; het sleutelbestand wordt dan opnieuw geschreven.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="126"/>
        <source>The key file {path} is missing, so the password cannot be checked. Open the case file with the recovery key from the printed recovery sheet; the key file is then written anew.</source>
        <translation>Het sleutelbestand {path} ontbreekt, dus het wachtwoord kan niet worden gecontroleerd. Open het zaakbestand met de herstelsleutel van het afgedrukte herstelblad; het sleutelbestand wordt dan opnieuw geschreven.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="139"/>
        <source>The key file {keys} was made for another case file than {path} (one of the two was replaced or copied from elsewhere, or the start of the case file is damaged), so the password cannot be checked. Nothing was changed. Put the matching key file beside the case file, or open it with its recovery key.</source>
        <translation>Het sleutelbestand {keys} hoort bij een ander zaakbestand dan {path} (een van de twee is vervangen of van elders gekopieerd, of het begin van het zaakbestand is beschadigd), dus het wachtwoord kan niet worden gecontroleerd. Er is niets gewijzigd. Zet het bijbehorende sleutelbestand naast het zaakbestand, of open het met de eigen herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="156"/>
        <source>{path} was not closed properly last time, and the last changes saved before that are damaged on the disk, so they could not be read back. Everything saved before them is intact and the case file opened. An encrypted copy of the damaged part was kept as {copy} for your IT staff. Check the most recent entries and add again what is missing, or restore a recent backup.</source>
        <translation>{path} is de vorige keer niet goed afgesloten, en de laatste wijzigingen die daarvoor waren opgeslagen zijn op de schijf beschadigd, dus ze konden niet worden teruggelezen. Alles wat daarvoor is opgeslagen is intact en het zaakbestand is geopend. Een versleutelde kopie van het beschadigde deel is bewaard als {copy} voor je IT-beheerder. Controleer de meest recente gegevens en voeg opnieuw toe wat ontbreekt, of zet een recente back-up terug.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="174"/>
        <source>{path} lies on a read-only drive or folder, so it was opened read-only: you can read and check it, but nothing can be changed or recorded in it (not even that you printed something). Copy it, with its key file, to a writable folder to work in it.</source>
        <translation>{path} staat op een alleen-lezen schijf of map en is daarom alleen-lezen geopend: je kunt het lezen en controleren, maar er kan niets in worden gewijzigd of vastgelegd (ook niet dat je iets hebt afgedrukt). Kopieer het, met het sleutelbestand, naar een map waarin je kunt schrijven om erin te werken.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="188"/>
        <source>Could not write to {path}: the disk is full (or the file reached the size this drive allows). The last change was not saved; everything saved before it is intact. Free some space and try again.</source>
        <translation>Kan niet schrijven naar {path}: de schijf is vol (of het bestand heeft de grootste toegestane omvang op deze schijf bereikt). De laatste wijziging is niet opgeslagen; alles wat daarvoor is opgeslagen is intact. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="201"/>
        <source>Could not write to {path}: the folder or drive is read-only, or you have no permission to write there. Nothing was changed.</source>
        <translation>Kan niet schrijven naar {path}: de map of schijf is alleen-lezen, of je hebt geen toestemming om daar te schrijven. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="213"/>
        <source>The folder {path} does not exist (was a USB stick removed?). Nothing was changed.</source>
        <translation>De map {path} bestaat niet (is er een USB-stick verwijderd?). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="225"/>
        <source>{path} is already open in Adviser Desk on this computer (opened since {since}). Switch to that window, or close it first.</source>
        <translation>{path} is al geopend in Adviser Desk op deze computer (geopend sinds {since}). Ga naar dat venster, of sluit het eerst.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="231"/>
        <source>{path} is already open in Adviser Desk on the computer {host} (opened since {since}). Close it there first.</source>
        <translation>{path} is al geopend in Adviser Desk op de computer {host} (geopend sinds {since}). Sluit het daar eerst.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="244"/>
        <source>This computer has no usable password store (keyring), so Adviser Desk cannot remember the case file here. You will be asked for the password. ({detail})</source>
        <translation>Deze computer heeft geen bruikbare wachtwoordkluis (keyring), dus Adviser Desk kan het zaakbestand hier niet onthouden. Je wordt om het wachtwoord gevraagd. ({detail})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="256"/>
        <source>This computer no longer remembers the case file (the entry in the password store is gone or was changed). Please type the password.</source>
        <translation>Deze computer onthoudt het zaakbestand niet meer (de vermelding in de wachtwoordkluis is weg of gewijzigd). Typ het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/i18n.py" line="96"/>
        <source>Something unexpected went wrong ({kind}). Your case file was not changed after the last completed step. Please tell your IT staff what you were doing.</source>
        <translation>Er ging iets onverwachts mis ({kind}). Je zaakbestand is na de laatste voltooide stap niet veranderd. Vertel je ICT-afdeling wat je aan het doen was.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/case_repository.py" line="34"/>
        <location filename="../../adviser_desk/services/evidence_base.py" line="55"/>
        <source>Case {ref} does not exist (any more).</source>
        <translation>Zaak {ref} bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/case_base.py" line="28"/>
        <source>This person already has that role in this case. Nothing was added.</source>
        <translation>Deze persoon heeft die rol al in deze zaak. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/case_base.py" line="35"/>
        <source>the title</source>
        <translation>de titel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/case_base.py" line="36"/>
        <source>the name</source>
        <translation>de naam</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/case_base.py" line="37"/>
        <source>the note</source>
        <translation>de notitie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/case_base.py" line="42"/>
        <source>Please fill in: {field}.</source>
        <translation>Vul dit in: {field}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/case_base.py" line="51"/>
        <source>Tick at least one box under “What happened” (Other, if none fits). The case is not saved yet.</source>
        <translation>Vink onder ‘Type incident’ minstens één vakje aan (Anders, als niets past). De zaak is nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/case_base.py" line="66"/>
        <source>The date under “Opened on” lies in the future: give the day the case was opened, today at the latest. The case is not saved yet.</source>
        <translation>De datum bij “Geopend op” ligt in de toekomst: geef de dag waarop de zaak is geopend, uiterlijk vandaag. De zaak is nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/case_base.py" line="77"/>
        <source>Give a reason when a task does not apply, so the file shows why.</source>
        <translation>Geef een reden als een taak niet van toepassing is, zodat in het dossier staat waarom.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/case_base.py" line="89"/>
        <source>Case {number} is closed, so its tasks stay as they are. To work on them, reopen the case on its Overview (Status). Nothing was changed.</source>
        <translation>Zaak {number} is gesloten, dus de taken blijven zoals ze zijn. Wil je eraan werken, heropen dan de zaak op het tabblad Overzicht (Status). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/retention_service.py" line="48"/>
        <source>Case {number} has not reached its retention date, so it cannot be purged yet.</source>
        <translation>Zaak {number} is nog niet aan het einde van de bewaartermijn en kan dus nog niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="65"/>
        <source>This interview is closed; its record cannot change. Start a new interview to add to it.</source>
        <translation>Dit gesprek is afgesloten; het verslag kan niet meer veranderen. Begin een nieuw gesprek om iets toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="56"/>
        <source>{name} is empty (0 bytes); nothing was stored.</source>
        <translation>{name} is leeg (0 bytes); er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="59"/>
        <source>{name} was not recorded: a file not kept needs a short description of what it shows (without keeping the image). The description is all that is left of it.</source>
        <translation>{name} is niet vastgelegd: bij een bestand dat niet wordt bewaard hoort een korte beschrijving van wat er te zien is (zonder het beeld te bewaren). De beschrijving is alles wat ervan overblijft.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="64"/>
        <source>{name} is {size} MB; the limit for one evidence file is {limit} MB. Nothing was stored.</source>
        <translation>{name} is {size} MB; de grens voor één bewijsbestand is {limit} MB. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="68"/>
        <source>{name} is a folder, not a file. Add the files inside it instead.</source>
        <translation>{name} is een map, geen bestand. Voeg de bestanden in de map toe.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="71"/>
        <source>{name} is not an ordinary file (it is a pipe, a device or a socket), so it cannot be evidence. Nothing was stored.</source>
        <translation>{name} is geen gewoon bestand (het is een pipe, een apparaat of een socket) en kan dus geen bewijs zijn. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="78"/>
        <source>{name} could not be read; nothing was stored.</source>
        <translation>{name} kon niet worden gelezen; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="79"/>
        <source>{name} is no longer there (moved or deleted after it was chosen); nothing was stored.</source>
        <translation>{name} is er niet meer (verplaatst of verwijderd nadat het werd gekozen); er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="83"/>
        <source>{name} could not be read: you have no permission to read it. Nothing was stored.</source>
        <translation>{name} kon niet worden gelezen: je hebt geen toestemming om het te lezen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="86"/>
        <source>{name} looks like an image but is damaged or cut off, so it cannot be shown or checked. Nothing was stored; ask for the original again.</source>
        <translation>{name} lijkt een afbeelding maar is beschadigd of afgekapt, dus het kan niet worden getoond of gecontroleerd. Er is niets opgeslagen; vraag het origineel opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="93"/>
        <source>{name} looks like an image but is damaged or cut off, so it cannot be shown or checked. Nothing was stored. Do not ask for the image again: if you cannot tell what it shows, add it again and answer &quot;Yes, or I am not sure&quot; to record it without keeping it.</source>
        <translation>{name} lijkt een afbeelding maar is beschadigd of afgekapt, dus het kan niet worden getoond of gecontroleerd. Er is niets opgeslagen. Vraag niet opnieuw om het beeld: weet je niet wat het toont, voeg het dan opnieuw toe en antwoord &quot;Ja, of ik weet het niet zeker&quot; om het vast te leggen zonder het te bewaren.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="99"/>
        <source>{name} is named like an image but its content is not an image ({mime}). Nothing was stored; check that this is the right file.</source>
        <translation>{name} heet als een afbeelding, maar de inhoud is geen afbeelding ({mime}). Er is niets opgeslagen; controleer of dit het goede bestand is.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="104"/>
        <source>{name} is already in this case as {number}; it was not added twice.</source>
        <translation>{name} zit al in deze zaak als {number}; het is niet dubbel toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="107"/>
        <source>{name} may show a nude or sexual image (a photo or video, or a file that can contain them). Answer first: does it show someone under 18 naked or sexually? Such material must never be stored. Nothing was stored.</source>
        <translation>{name} kan een naakt- of seksueel beeld bevatten (een foto of filmpje, of een bestand waarin die kunnen zitten). Beantwoord eerst: is hierop iemand jonger dan 18 naakt of seksueel te zien? Zulk materiaal mag nooit worden opgeslagen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_intake.py" line="113"/>
        <source>Answer the question first: does a photo or video show someone under 18 naked or sexually? Such material must never be stored.</source>
        <translation>Beantwoord eerst de vraag: is op een foto of filmpje iemand jonger dan 18 naakt of seksueel te zien? Zulk materiaal mag nooit worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_base.py" line="32"/>
        <source>“{url}” is not a web address (it should look like https://…). Nothing was stored.</source>
        <translation>‘{url}’ is geen webadres (het moet lijken op https://…). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_base.py" line="36"/>
        <source>The message text is empty; nothing was stored.</source>
        <translation>Het bericht is leeg; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_base.py" line="38"/>
        <source>Give the contact details or the account name of the person or account; nothing was stored.</source>
        <translation>Vul de contactgegevens of de accountnaam van de persoon of het account in; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_base.py" line="43"/>
        <source>Only web addresses can be reported for removal or checked for being online.</source>
        <translation>Alleen webadressen kunnen voor verwijdering worden gemeld of op online staan worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_base.py" line="47"/>
        <source>The re-check date lies before the date of this step; choose a later date.</source>
        <translation>De controledatum ligt vóór de datum van deze stap; kies een latere datum.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_base.py" line="51"/>
        <source>Say to whom the evidence was handed over; nothing was recorded.</source>
        <translation>Vul in aan wie het bewijs is overgedragen; er is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/letter_service.py" line="39"/>
        <source>The letter is empty; nothing was saved.</source>
        <translation>De brief is leeg; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/letter_service.py" line="40"/>
        <source>This letter no longer exists.</source>
        <translation>Deze brief bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/pdf_print.py" line="29"/>
        <source>The printer could not be started, so nothing was printed. Check that it is switched on and connected, or save the document as a PDF instead.</source>
        <translation>De printer kon niet worden gestart, dus er is niets afgedrukt. Controleer of hij aan staat en is aangesloten, of sla het document op als pdf.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/pdf_print.py" line="34"/>
        <source>The PDF could not be written to {path} ({reason}), so nothing was printed.</source>
        <translation>De pdf kon niet worden geschreven naar {path} ({reason}), dus er is niets afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/backup.py" line="65"/>
        <source>The backup did not fit in {path}: the drive is full, or the file is larger than this drive accepts (FAT32 sticks take at most 4 GB). The case file itself is fine and was not changed; the incomplete backup was removed. Free some space or choose another drive.</source>
        <translation>De reservekopie paste niet in {path}: de schijf is vol, of het bestand is groter dan deze schijf toestaat (FAT32-sticks nemen hoogstens 4 GB). Het zaakbestand zelf is in orde en is niet gewijzigd; de onvolledige reservekopie is verwijderd. Maak ruimte vrij of kies een andere schijf.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/backup.py" line="79"/>
        <source>The backup written to {path} failed its check ({detail}), so it was removed. The case file itself is fine and was not changed. The drive may be failing: try another one.</source>
        <translation>De reservekopie in {path} kwam niet door de controle ({detail}) en is daarom verwijderd. Het zaakbestand zelf is in orde en is niet gewijzigd. Misschien is de schijf defect: probeer een andere.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/handed_over.py" line="45"/>
        <source>Case {number} was handed over to {receiver} on {date} and is kept here read-only. Nothing was changed.</source>
        <translation>Zaak {number} is op {date} overgedragen aan {receiver} en wordt hier alleen-lezen bewaard. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/handover.py" line="63"/>
        <source>Choose at least one case to hand over.</source>
        <translation>Kies ten minste één zaak om over te dragen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/handover.py" line="69"/>
        <source>Cases cannot be handed over into the case file they are in. Choose the colleague&apos;s case file or a new one.</source>
        <translation>Zaken kunnen niet worden overgedragen aan het zaakbestand waarin ze al staan. Kies het zaakbestand van de collega of een nieuw zaakbestand.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/handover.py" line="80"/>
        <source>Case {number} was already handed over (to {receiver}); it cannot be handed over again from here. Nothing was copied.</source>
        <translation>Zaak {number} is al overgedragen (aan {receiver}); vanuit hier kan ze niet nog eens worden overgedragen. Er is niets gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/handover.py" line="93"/>
        <source>Both case files must be writable for a hand-over: it is recorded on both sides. Nothing was copied.</source>
        <translation>Voor een overdracht moeten beide zaakbestanden beschrijfbaar zijn: de overdracht wordt aan beide kanten vastgelegd. Er is niets gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/handover.py" line="106"/>
        <source>{count} evidence files did not match their SHA-256 in the receiving case file. The hand-over was not completed; the cases stay editable here.</source>
        <translation>{count} bewijsbestanden kwamen in het ontvangende zaakbestand niet overeen met hun SHA-256. De overdracht is niet voltooid; de zaken blijven hier bewerkbaar.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/handover.py" line="112"/>
        <source>1 evidence file did not match its SHA-256 in the receiving case file. The hand-over was not completed; the cases stay editable here.</source>
        <translation>1 bewijsbestand kwam in het ontvangende zaakbestand niet overeen met zijn SHA-256. De overdracht is niet voltooid; de zaken blijven hier bewerkbaar.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/advisers.py" line="40"/>
        <source>Give the adviser a name (at most 200 characters) that no other adviser of this case file has.</source>
        <translation>Geef de vertrouwenspersoon een naam (hooguit 200 tekens) die geen andere vertrouwenspersoon van dit zaakbestand heeft.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/advisers.py" line="51"/>
        <source>You cannot remove your own access. Another adviser of this case file can, after unlocking it with their own password.</source>
        <translation>Je kunt je eigen toegang niet intrekken. Een andere vertrouwenspersoon van dit zaakbestand kan dat, na ontgrendelen met een eigen wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/advisers.py" line="62"/>
        <source>{name} has not unlocked this case file with their password since this version of Adviser Desk, so the new key cannot be kept for them. Ask {name} to unlock it once, then re-key; nothing was changed.</source>
        <translation>{name} heeft dit zaakbestand sinds deze versie van Adviser Desk niet met een eigen wachtwoord ontgrendeld, dus de nieuwe sleutel kan niet voor {name} bewaard worden. Vraag {name} het één keer te ontgrendelen en versleutel daarna opnieuw; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/advisers.py" line="75"/>
        <source>This case file was opened with its recovery key and has no key file yet. Set a new password first (Security &gt; Change password).</source>
        <translation>Dit zaakbestand is geopend met de herstelsleutel en heeft nog geen sleutelbestand. Kies eerst een nieuw wachtwoord (Beveiliging &gt; Wachtwoord wijzigen).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/rekey.py" line="63"/>
        <source>The case file was still in use by other work in this window, so it was not re-keyed; nothing was changed. Wait until that work has finished and try again.</source>
        <translation>Het zaakbestand was nog in gebruik door ander werk in dit venster en is daarom niet opnieuw versleuteld; er is niets veranderd. Wacht tot dat werk klaar is en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/takedown_dialog.py" line="33"/>
        <source>Choose whether the address is still online; nothing was recorded.</source>
        <translation>Kies of het adres nog online staat; er is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/repage.py" line="65"/>
        <source>This case file could not be converted to the faster storage format of this version: the drive holding {path} needs about {megabytes} MB of free space for the conversion. The case file was not changed and works as before. Free some space; the conversion is tried again the next time you unlock it.</source>
        <translation>Dit zaakbestand kon niet worden omgezet naar de snellere opslagvorm van deze versie: de schijf met {path} heeft voor het omzetten ongeveer {megabytes} MB vrije ruimte nodig. Het zaakbestand is niet veranderd en werkt zoals voorheen. Maak ruimte vrij; het omzetten wordt opnieuw geprobeerd wanneer je het de volgende keer ontgrendelt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/repage.py" line="82"/>
        <source>This case file could not be converted to the faster storage format of this version: the converted copy failed its check ({detail}) and was removed. The case file {path} was not changed and works as before. Run Check case file; the conversion is tried again the next time you unlock it.</source>
        <translation>Dit zaakbestand kon niet worden omgezet naar de snellere opslagvorm van deze versie: de omgezette kopie kwam niet door de controle ({detail}) en is verwijderd. Het zaakbestand {path} is niet veranderd en werkt zoals voorheen. Kies Zaakbestand controleren; het omzetten wordt opnieuw geprobeerd wanneer je het de volgende keer ontgrendelt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_withholding.py" line="42"/>
        <source>This item has no stored original (any more); nothing was changed.</source>
        <translation>Van dit stuk is geen origineel (meer) opgeslagen; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="102"/>
        <source>Say who receives the export (name and organisation); nothing was exported.</source>
        <translation>Geef aan wie de export ontvangt (naam en organisatie); er is niets geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_notes.py" line="33"/>
        <source>This note is no longer in the conversation.</source>
        <translation>Deze notitie staat niet meer in het gesprek.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/clock.py" line="20"/>
        <source>The moment it happened lies in the future. Choose a moment up to now; nothing was saved.</source>
        <translation>Het moment waarop het gebeurde ligt in de toekomst. Kies een moment tot en met nu; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/earlier_time.py" line="30"/>
        <source>That time is in the future: {moment}. It is now {now}. Correct the time it happened; nothing was saved.</source>
        <translation>Dat tijdstip ligt in de toekomst: {moment}. Het is nu {now}. Verbeter het tijdstip waarop het gebeurde; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/date_typing.py" line="78"/>
        <source>&quot;{typed}&quot; in {field} is not a date. Type day, month and year, as {example}, or press Escape for the date the field had; nothing was saved.</source>
        <translation>&quot;{typed}&quot; bij {field} is geen datum. Typ dag, maand en jaar, zoals {example}, of druk op Escape voor de datum die er stond; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/date_typing.py" line="342"/>
        <source>the date field</source>
        <translation>het datumveld</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/withheld_match.py" line="29"/>
        <source>{name} is the same file (identical SHA-256) as {records}, recorded as possibly a nude or sexual image of someone under 18 and deliberately not kept. Such a file is never stored. Nothing was stored.</source>
        <translation>{name} is precies hetzelfde bestand (dezelfde SHA-256) als {records}, vastgelegd als mogelijk een naaktbeeld of seksueel beeld van iemand onder de 18 en bewust niet bewaard. Zo&apos;n bestand wordt nooit opgeslagen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/withheld_match.py" line="37"/>
        <source>{name} is the same file (identical SHA-256) as {here} in this case, recorded as possibly a nude or sexual image of someone under 18 and deliberately not kept. Such a file is never stored. Nothing was stored.</source>
        <translation>{name} is precies hetzelfde bestand (dezelfde SHA-256) als {here} in deze zaak, vastgelegd als mogelijk een naaktbeeld of seksueel beeld van iemand onder de 18 en bewust niet bewaard. Zo&apos;n bestand wordt nooit opgeslagen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/withheld_match.py" line="43"/>
        <source>{name} is the same file (identical SHA-256) as {here} in this case and {records}, recorded as possibly a nude or sexual image of someone under 18 and deliberately not kept. Such a file is never stored. Nothing was stored.</source>
        <translation>{name} is precies hetzelfde bestand (dezelfde SHA-256) als {here} in deze zaak en {records}, vastgelegd als mogelijk een naaktbeeld of seksueel beeld van iemand onder de 18 en bewust niet bewaard. Zo&apos;n bestand wordt nooit opgeslagen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/withheld_match.py" line="49"/>
        <source>The stored original of {items} is the same file (identical SHA-256) as {records}, recorded as possibly a nude or sexual image of someone under 18 and deliberately not kept. Such a file must not be handed out. Remove the stored original first: select the item on the Evidence tab and choose “Mark as possibly sexual image…”. {outcome}</source>
        <translation>Het opgeslagen origineel van {items} is precies hetzelfde bestand (dezelfde SHA-256) als {records}, vastgelegd als mogelijk een naaktbeeld of seksueel beeld van iemand onder de 18 en bewust niet bewaard. Zo&apos;n bestand mag niet worden meegegeven. Verwijder eerst het opgeslagen origineel: selecteer het stuk op het tabblad Bewijs en kies ‘Markeren als mogelijk seksueel beeld…’. {outcome}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/withheld_match.py" line="56"/>
        <source>The stored originals of {items} are the same files (identical SHA-256) as {records}, recorded as possibly a nude or sexual image of someone under 18 and deliberately not kept. Such files must not be handed out. Remove the stored originals first: select the items on the Evidence tab one by one and choose “Mark as possibly sexual image…”. {outcome}</source>
        <translation>De opgeslagen originelen van {items} zijn precies dezelfde bestanden (dezelfde SHA-256) als {records}, vastgelegd als mogelijk een naaktbeeld of seksueel beeld van iemand onder de 18 en bewust niet bewaard. Zulke bestanden mogen niet worden meegegeven. Verwijder eerst de opgeslagen originelen: selecteer de stukken een voor een op het tabblad Bewijs en kies ‘Markeren als mogelijk seksueel beeld…’. {outcome}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/clipboard_paste.py" line="37"/>
        <source>There is nothing here that can be added as evidence: no file, picture, video or web address. Save it as a file first and add that file.</source>
        <translation>Hier zit niets in dat als bewijs kan worden toegevoegd: geen bestand, afbeelding, filmpje of webadres. Sla het eerst op als bestand en voeg dat bestand toe.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_fields.py" line="17"/>
        <source>Fill in where it is: a web address, platform, account or which phones hold it. It is kept in the record of the file not kept. If you do not know, write ‘unknown’.</source>
        <translation>Vul in waar het staat: een webadres, platform, account of op welke telefoons. Dit komt in de vastlegging van het niet bewaarde bestand. Weet je het niet, schrijf dan ‘onbekend’.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_fields.py" line="22"/>
        <source>Fill in who has seen it. It is kept in the record of the file not kept. If you do not know, write ‘unknown’.</source>
        <translation>Vul in wie het heeft gezien. Dit komt in de vastlegging van het niet bewaarde bestand. Weet je het niet, schrijf dan ‘onbekend’.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/withheld_fields.py" line="32"/>
        <source>Describe briefly what it shows, without keeping the image. The file is not kept: the description is all that is left of it.</source>
        <translation>Beschrijf kort wat er te zien is, zonder het beeld te bewaren. Het bestand wordt niet bewaard: de beschrijving is alles wat ervan overblijft.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_pending.py" line="19"/>
        <source>{number} does not wait for an answer (any more); nothing was changed.</source>
        <translation>{number} wacht niet (meer) op een antwoord; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/minor_pending.py" line="27"/>
        <source>Not answered yet: {items}. Stored before this became a case of sexting, exposing, sextortion or manipulated images, it may show a picture or a film, and the question about minors has not been answered for it. Answer first: select it on the Evidence tab and choose “Possibly sexual image? Answer…”. {outcome}</source>
        <translation>Nog niet beantwoord: {items}. Opgeslagen voordat dit een zaak van sexting, exposing, sextortion of bewerkte beelden werd; het bestand kan een foto of filmpje zijn of bevatten, en de vraag over minderjarigen is er niet voor beantwoord. Beantwoord die eerst: selecteer het op het tabblad Bewijs en kies ‘Mogelijk seksueel beeld? Beantwoorden…’. {outcome}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/minor_pending.py" line="35"/>
        <source>Not answered yet: {items}. Stored before this became a case of sexting, exposing, sextortion or manipulated images, each may show a picture or a film, and the question about minors has not been answered for them. Answer first: select them on the Evidence tab one by one and choose “Possibly sexual image? Answer…”. {outcome}</source>
        <translation>Nog niet beantwoord: {items}. Opgeslagen voordat dit een zaak van sexting, exposing, sextortion of bewerkte beelden werd; elk bestand kan een foto of filmpje zijn of bevatten, en de vraag over minderjarigen is er niet voor beantwoord. Beantwoord die eerst: selecteer ze een voor een op het tabblad Bewijs en kies ‘Mogelijk seksueel beeld? Beantwoorden…’. {outcome}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/minor_pending.py" line="44"/>
        <source>Not answered yet: {items}. It still waits for the question about minors, asked when its case was made a case of sexting, exposing, sextortion or manipulated images, and it may show a picture or a film. Answer first: select it on the Evidence tab and choose “Possibly sexual image? Answer…”. {outcome}</source>
        <translation>Nog niet beantwoord: {items}. Het bestand wacht nog op de vraag over minderjarigen, gesteld toen de zaak een zaak van sexting, exposing, sextortion of bewerkte beelden werd, en het kan een foto of filmpje zijn of bevatten. Beantwoord die eerst: selecteer het op het tabblad Bewijs en kies ‘Mogelijk seksueel beeld? Beantwoorden…’. {outcome}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/minor_pending.py" line="51"/>
        <source>Not answered yet: {items}. They still wait for the question about minors, asked when their case was made a case of sexting, exposing, sextortion or manipulated images, and each may show a picture or a film. Answer first: select them on the Evidence tab one by one and choose “Possibly sexual image? Answer…”. {outcome}</source>
        <translation>Nog niet beantwoord: {items}. Deze bestanden wachten nog op de vraag over minderjarigen, gesteld toen hun zaak een zaak van sexting, exposing, sextortion of bewerkte beelden werd, en elk ervan kan een foto of filmpje zijn of bevatten. Beantwoord die eerst: selecteer ze een voor een op het tabblad Bewijs en kies ‘Mogelijk seksueel beeld? Beantwoorden…’. {outcome}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/minor_pending.py" line="59"/>
        <source>Nothing was exported.</source>
        <translation>Er is niets geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/minor_pending.py" line="60"/>
        <source>Nothing was handed over.</source>
        <translation>Er is niets overgedragen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/minor_pending.py" line="62"/>
        <source>Until then Hand over stays off.</source>
        <translation>Tot dan blijft Overdragen uit.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/mark_dialog.py" line="38"/>
        <source>Describe briefly what it shows, without keeping the image. Once the original is removed, the description is all that is left of it.</source>
        <translation>Beschrijf kort wat er te zien is, zonder het beeld te bewaren. Als het origineel weg is, blijft alleen de beschrijving ervan over.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/in_case_match.py" line="18"/>
        <source>{name} is already {number} in this case; it is not added twice.</source>
        <translation>{name} is al {number} in deze zaak en wordt niet nog eens toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/in_case_match.py" line="23"/>
        <source>{name} is already {number} in this case; it is not added twice. If it may show someone under 18 naked or sexually, select {number} and choose “Mark as possibly sexual image…”.</source>
        <translation>{name} is al {number} in deze zaak en wordt niet nog eens toegevoegd. Kan het iemand onder de 18 naakt of seksueel tonen? Selecteer dan {number} en kies ‘Markeren als mogelijk seksueel beeld…’.</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="33"/>
        <source>Screenshot or image</source>
        <translation>Screenshot of afbeelding</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="34"/>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="35"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="36"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="37"/>
        <source>Other file</source>
        <translation>Ander bestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="38"/>
        <source>Deliberately not kept (may be a sexual image of a minor)</source>
        <translation>Bewust niet bewaard (mogelijk seksueel beeld van een minderjarige)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="210"/>
        <source>the platform itself</source>
        <translation>het platform zelf</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="211"/>
        <source>Helpwanted (trusted flagger)</source>
        <translation>Helpwanted (erkende melder bij platforms)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="212"/>
        <source>Stop Online Shaming</source>
        <translation>Stop Online Shaming</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="215"/>
        <source>still online</source>
        <translation>staat nog online</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="216"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/evidence.py" line="217"/>
        <source>reappeared</source>
        <translation>weer verschenen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="44"/>
        <source>recorded</source>
        <translation>vastgelegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="45"/>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="46"/>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="47"/>
        <source>handed over</source>
        <translation>overgedragen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="48"/>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="49"/>
        <source>verified</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="50"/>
        <source>stored original removed (may be a sexual image of a minor)</source>
        <translation>opgeslagen origineel verwijderd (mogelijk seksueel beeld van een minderjarige)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="54"/>
        <source>answered: no sexual image of someone under 18</source>
        <translation>beantwoord: geen seksueel beeld van iemand onder de 18</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="59"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="60"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="61"/>
        <source>Adviser</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="62"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="63"/>
        <source>Items</source>
        <translation>Stukken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="65"/>
        <source>{at} printed by {actor}, {items} items, PDF SHA-256 {sha256}</source>
        <translation>{at} afgedrukt door {actor}, {items} stukken, SHA-256 van de PDF {sha256}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="72"/>
        <source>{at} saved as PDF by {actor}, {items} items, PDF SHA-256 {sha256}</source>
        <translation>{at} als pdf opgeslagen door {actor}, {items} stukken, SHA-256 van de PDF {sha256}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="75"/>
        <source>{at} printed or saved as PDF by {actor}, {items} items, PDF SHA-256 {sha256}</source>
        <translation>{at} afgedrukt of als pdf opgeslagen door {actor}, {items} stukken, SHA-256 van de PDF {sha256}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="82"/>
        <source>{at} printed by {actor}, 1 item, PDF SHA-256 {sha256}</source>
        <translation>{at} afgedrukt door {actor}, 1 stuk, SHA-256 van de PDF {sha256}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="85"/>
        <source>{at} saved as PDF by {actor}, 1 item, PDF SHA-256 {sha256}</source>
        <translation>{at} als pdf opgeslagen door {actor}, 1 stuk, SHA-256 van de PDF {sha256}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="88"/>
        <source>{at} printed or saved as PDF by {actor}, 1 item, PDF SHA-256 {sha256}</source>
        <translation>{at} afgedrukt of als pdf opgeslagen door {actor}, 1 stuk, SHA-256 van de PDF {sha256}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="96"/>
        <source>all {count} stored items match their SHA-256</source>
        <translation>alle {count} opgeslagen stukken komen overeen met hun SHA-256</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="97"/>
        <source>the one stored item matches its SHA-256</source>
        <translation>het ene opgeslagen stuk komt overeen met zijn SHA-256</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="99"/>
        <source>there are no stored files to check</source>
        <translation>er zijn geen opgeslagen bestanden om te controleren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="100"/>
        <source>MISMATCH for {numbers}</source>
        <translation>AFWIJKING bij {numbers}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="105"/>
        <source>Exported for</source>
        <translation>Geëxporteerd voor</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="259"/>
        <source>{date} reported to {channel}</source>
        <translation>{date} gemeld bij {channel}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="260"/>
        <source>{date} checked: {status}</source>
        <translation>{date} gecontroleerd: {status}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/evidence_export.py" line="261"/>
        <source>check again on {date}</source>
        <translation>opnieuw controleren op {date}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/file_types.py" line="36"/>
        <source>Photo or image</source>
        <translation>Foto of afbeelding</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/file_types.py" line="37"/>
        <source>Video</source>
        <translation>Filmpje</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/file_types.py" line="38"/>
        <source>Audio</source>
        <translation>Geluidsopname</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/file_types.py" line="39"/>
        <source>Archive (zip, rar, …)</source>
        <translation>Archief (zip, rar, …)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/file_types.py" line="40"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/file_types.py" line="41"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/file_types.py" line="42"/>
        <source>Unknown type</source>
        <translation>Onbekend type</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/removed_original.py" line="29"/>
        <source>{kind}, stored original removed (may be a sexual image of a minor)</source>
        <translation>{kind}, opgeslagen origineel verwijderd (mogelijk seksueel beeld van een minderjarige)</translation>
    </message>
</context>
<context>
    <name>evidence_log</name>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="23"/>
        <source>Evidence log</source>
        <translation>Bewijslijst</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="24"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="25"/>
        <source>Recorded by the school in an encrypted case file. Each stored item is unaltered; its SHA-256 was taken at intake. Sexual images of minors were never stored.</source>
        <translation>Vastgelegd door de school in een versleuteld zaakbestand. Elk opgeslagen stuk is ongewijzigd; de SHA-256 is bij ontvangst bepaald. Seksuele beelden van minderjarigen zijn nooit opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="31"/>
        <source>Recorded by the school in an encrypted case file. Each stored item is unaltered; its SHA-256 was taken at intake. An original found later to be possibly a sexual image of a minor was removed from the case file; its entry says when.</source>
        <translation>Vastgelegd door de school in een versleuteld zaakbestand. Elk opgeslagen stuk is ongewijzigd; de SHA-256 is bij ontvangst bepaald. Een origineel dat later mogelijk een seksueel beeld van een minderjarige bleek, is uit het zaakbestand verwijderd; bij dat stuk staat wanneer.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="37"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="38"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="39"/>
        <source>Happened (as told)</source>
        <translation>Gebeurd (zoals verteld)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="40"/>
        <source>Sent (as told)</source>
        <translation>Verstuurd (zoals verteld)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="41"/>
        <source>Recorded (UTC)</source>
        <translation>Vastgelegd (UTC)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="42"/>
        <source>Provided by / how</source>
        <translation>Aangeleverd door / hoe</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="43"/>
        <source>Collected by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="44"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="45"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="46"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="47"/>
        <source>Platform / account</source>
        <translation>Platform / account</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="48"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="49"/>
        <source>Custody</source>
        <translation>Bewaarketen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="50"/>
        <source>Takedown</source>
        <translation>Offline halen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="52"/>
        <source>Why no file</source>
        <translation>Waarom geen bestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="53"/>
        <source>Not kept on purpose: may be a sexual image of a minor.</source>
        <translation>Bewust niet bewaard: mogelijk een seksuele afbeelding van een minderjarige.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="58"/>
        <source>Where it is</source>
        <translation>Waar het staat</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="61"/>
        <source>Question about minors</source>
        <translation>Vraag over minderjarigen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="62"/>
        <source>Not answered yet: may show a sexual image of a minor, so no picture is shown here.</source>
        <translation>Nog niet beantwoord: kan een seksueel beeld van een minderjarige tonen, daarom staat hier geen afbeelding.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="66"/>
        <source>Who has seen it</source>
        <translation>Wie het heeft gezien</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="67"/>
        <source>Audit chain head</source>
        <translation>Laatste schakel auditketen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="69"/>
        <source>Verification when this copy was made</source>
        <translation>Controle bij het maken van dit exemplaar</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="70"/>
        <source>Signature of the adviser</source>
        <translation>Handtekening vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="71"/>
        <source>Signature of the receiving officer</source>
        <translation>Handtekening ontvangende agent</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="72"/>
        <source>Name and date</source>
        <translation>Naam en datum</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="74"/>
        <source>Earlier copies of this log</source>
        <translation>Eerdere exemplaren van deze bewijslijst</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="75"/>
        <source>This is the first copy of this log.</source>
        <translation>Dit is het eerste exemplaar van deze bewijslijst.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/evidence_log.py" line="76"/>
        <source>No evidence has been recorded in this case.</source>
        <translation>In deze zaak is geen bewijs vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/removed_original.py" line="32"/>
        <source>Stored on {stored} as {kind}; original removed on {removed} (may be a sexual image of a minor).</source>
        <translation>Opgeslagen op {stored} als {kind}; origineel verwijderd op {removed} (mogelijk seksueel beeld van een minderjarige).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/removed_original.py" line="37"/>
        <source>Exported for the police before the removal: {exports}</source>
        <translation>Vóór het verwijderen geëxporteerd voor de politie: {exports}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/removed_original.py" line="41"/>
        <source>description added to when the original was removed (before: ‘{old}’)</source>
        <translation>beschrijving aangevuld bij het verwijderen van het origineel (eerder: ‘{old}’)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/removed_original.py" line="44"/>
        <source>description changed when the original was removed (before: ‘{old}’)</source>
        <translation>beschrijving gewijzigd bij het verwijderen van het origineel (eerder: ‘{old}’)</translation>
    </message>
</context>
<context>
    <name>evidence_model</name>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="50"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="51"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="52"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="53"/>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="54"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="189"/>
        <source>Removed (possibly sexual image)</source>
        <translation>Verwijderd (mogelijk seksueel beeld)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="192"/>
        <source>Not kept (possibly sexual image)</source>
        <translation>Niet bewaard (mogelijk seksueel beeld)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="225"/>
        <source>minors question unanswered</source>
        <translation>vraag minderjarigen onbeantwoord</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="231"/>
        <source>handed over</source>
        <translation>overgedragen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="244"/>
        <source>handed over to {receiver} on {date}</source>
        <translation>overgedragen aan {receiver} op {date}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="261"/>
        <source>not kept; where: {where}</source>
        <translation>niet bewaard; waar: {where}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="265"/>
        <source>provided: {source}</source>
        <translation>aangeleverd: {source}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_columns.py" line="57"/>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="274"/>
        <source>sent {moment}</source>
        <translation>verstuurd {moment}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="283"/>
        <source>reported</source>
        <translation>gemeld</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/evidence/evidence_model.py" line="286"/>
        <source>check on {date}</source>
        <translation>controle op {date}</translation>
    </message>
</context>
<context>
    <name>interview_record</name>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="25"/>
        <source>Interview record</source>
        <translation>Gespreksverslag</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="26"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="27"/>
        <source>Confidential: the student&apos;s answers are recorded verbatim.</source>
        <translation>Vertrouwelijk: de antwoorden van de leerling zijn letterlijk vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="30"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="31"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="32"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="33"/>
        <source>The student&apos;s wishes</source>
        <translation>Wensen van de leerling</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="34"/>
        <source>Follow-up tasks</source>
        <translation>Vervolgtaken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="35"/>
        <source>Who may be told</source>
        <translation>Wie mag het weten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="36"/>
        <source>Not decided in this conversation.</source>
        <translation>Niet in dit gesprek besloten.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="37"/>
        <source>Nobody ticked when it was closed.</source>
        <translation>Niemand aangevinkt bij het afsluiten.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="38"/>
        <source>This conversation is still open: agreements and follow-up come later.</source>
        <translation>Dit gesprek is nog niet afgesloten: afspraken en vervolg volgen later.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="41"/>
        <source>How the questions were asked</source>
        <translation>Hoe de vragen gesteld zijn</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="42"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="43"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="44"/>
        <source>Said</source>
        <translation>Gezegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="45"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="47"/>
        <source>Questions asked: {total}. Open: {open}; yes/no or either/or: {option}; suggestive: {suggestive}; blaming: {blaming}; with a secrecy promise: {secrecy}.</source>
        <translation>Gestelde vragen: {total}. Open: {open}; ja/nee of keuze: {option}; sturend: {suggestive}; verwijtend: {blaming}; met een belofte van geheimhouding: {secrecy}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="52"/>
        <source>Findings: {rule} from the checker&apos;s rules (listed phrasings), {semantic} from its semantic layer (resembles labelled examples).</source>
        <translation>Signaleringen: {rule} door de regels van de controle (vaste formuleringen), {semantic} door de semantische laag (lijkt op gelabelde voorbeelden).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="58"/>
        <source>Audit chain head when this copy was made</source>
        <translation>Laatste schakel van de auditketen bij het maken van dit exemplaar</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/interview_record.py" line="59"/>
        <source>not ticked</source>
        <translation>niet afgevinkt</translation>
    </message>
</context>
<context>
    <name>interviews</name>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="435"/>
        <location filename="../../adviser_desk/services/interview_service.py" line="459"/>
        <source>Adviser</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="436"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="437"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="440"/>
        <source>{kind} (rule)</source>
        <translation>{kind} (regel)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="441"/>
        <source>{kind} (semantic)</source>
        <translation>{kind} (semantisch)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="444"/>
        <source>yes/no</source>
        <translation>ja/nee</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="445"/>
        <source>suggestive</source>
        <translation>sturend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="446"/>
        <source>blaming</source>
        <translation>verwijtend</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="447"/>
        <source>secrecy promise</source>
        <translation>belofte van geheimhouding</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="448"/>
        <source>names the victim</source>
        <translation>noemt het slachtoffer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="451"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="452"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="453"/>
        <source>Conversation with</source>
        <translation>Gesprek met</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="454"/>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="455"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="456"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="458"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/services/interview_service.py" line="460"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../adviser_desk/domain/letters.py" line="56"/>
        <source>Sextortion by someone unknown: do not send a stop letter. The advice is not to respond, not to pay and not to send anything more, to block the account, to keep the evidence, and to report it to the police and Helpwanted. A blackmailer does not stop when the victim pays or answers; a letter shows that the threat works.</source>
        <translation>Sextortion door een onbekende: stuur geen stopbrief. Het advies is: niet reageren, niet betalen en niets meer sturen, het account blokkeren, het bewijs bewaren en melden bij de politie en Helpwanted. Een afperser stopt niet als het slachtoffer betaalt of antwoordt; een brief laat zien dat de dreiging werkt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/letters.py" line="63"/>
        <source>The case names no distributor or account yet: fill in who receives this letter.</source>
        <translation>De zaak noemt nog geen verspreider of account: vul in wie deze brief krijgt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/letters.py" line="66"/>
        <source>The case has no web addresses as evidence yet: add the addresses to be removed.</source>
        <translation>De zaak heeft nog geen webadressen als bewijs: vul de adressen in die weg moeten.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/letters.py" line="69"/>
        <source>The case does not record that the student agreed to inform the parents, so the letter does not say so: fill in the bracketed line once the student has agreed, or delete it. The protocol: inform the parents in consultation with the student, and not when that would put the student in danger.</source>
        <translation>In de zaak staat niet dat de leerling ermee heeft ingestemd dat de ouders worden ingelicht, dus de brief zegt dat ook niet: vul de regel tussen haken in zodra de leerling heeft ingestemd, of schrap hem. Het protocol: licht de ouders in overleg met de leerling in, en niet als de leerling daardoor in gevaar komt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/letters.py" line="76"/>
        <source>“Since” is the earliest time the case records something happening (evidence seen, or a note of something that happened earlier): check that it is when it started.</source>
        <translation>“Sinds” is het vroegste moment waarop volgens de zaak iets gebeurde (bewijs gezien, of een notitie over iets dat eerder gebeurde): controleer of het toen begon.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/letters.py" line="81"/>
        <source>The case records no time when this started: fill in the [date] after “since”, or give the evidence or a note the time it happened.</source>
        <translation>De zaak legt niet vast wanneer dit begon: vul de [datum] na “sinds” in, of geef het bewijs of een notitie het moment waarop het gebeurde.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/letters.py" line="86"/>
        <source>A stop letter is written in the student&apos;s own name and sent by the student or the parents, not by the school. Keep a copy and proof of sending with the evidence.</source>
        <translation>Een stopbrief staat op naam van de leerling zelf en wordt verstuurd door de leerling of de ouders, niet door de school. Bewaar een kopie en een bewijs van verzending bij het bewijs.</translation>
    </message>
</context>
<context>
    <name>meldcode</name>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="35"/>
        <source>Step 1: map the signals</source>
        <translation>Stap 1: signalen in kaart brengen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="36"/>
        <source>Step 2: consult a colleague and, if needed, Veilig Thuis</source>
        <translation>Stap 2: collegiale consultatie en zo nodig Veilig Thuis raadplegen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="39"/>
        <source>Step 3: talk with the student</source>
        <translation>Stap 3: gesprek met de leerling</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="40"/>
        <source>Step 4: weigh (afwegingskader)</source>
        <translation>Stap 4: wegen (afwegingskader)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="41"/>
        <source>Step 5, decision 1: is a report to Veilig Thuis necessary?</source>
        <translation>Stap 5, beslissing 1: is melden bij Veilig Thuis noodzakelijk?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="44"/>
        <source>Step 5, decision 2: is help possible, and is it enough?</source>
        <translation>Stap 5, beslissing 2: is hulp verlenen of organiseren mogelijk en voldoende?</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="50"/>
        <source>Write down the facts and what you saw or heard, with dates, and keep them apart from what you think. Note contacts with the student, the parents and others.</source>
        <translation>Leg feiten vast en wat je zag of hoorde, met data, en houd dat apart van wat je denkt. Noteer ook contacten met de leerling, de ouders en anderen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="55"/>
        <source>Discuss the signals with a colleague (the care coordinator or confidential adviser). Ask Veilig Thuis for advice when in doubt; that can be done without names.</source>
        <translation>Bespreek de signalen met een collega (de zorgcoördinator of vertrouwenspersoon). Vraag bij twijfel advies aan Veilig Thuis; dat kan zonder namen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="60"/>
        <source>Discuss the signals with the student and, where that is safe, with the parents. Skip the conversation only when it would endanger the student or anyone else, and write down why.</source>
        <translation>Bespreek de signalen met de leerling en, waar dat veilig is, met de ouders. Sla het gesprek alleen over als het de leerling of een ander in gevaar brengt, en schrijf op waarom.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="66"/>
        <source>Using steps 1 to 3: is there a suspicion of domestic violence or child abuse, and is there acute or structural unsafety? When in doubt, always ask Veilig Thuis.</source>
        <translation>Op grond van stap 1 tot en met 3: is er een vermoeden van huiselijk geweld of kindermishandeling, en is er sprake van acute of structurele onveiligheid? Raadpleeg bij twijfel altijd Veilig Thuis.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="71"/>
        <source>A report to Veilig Thuis is necessary when there is acute or structural unsafety, or a doubt about it. Tell the student (and parents) before you report.</source>
        <translation>Melden bij Veilig Thuis is noodzakelijk bij acute of structurele onveiligheid, of bij twijfel daarover. Vertel het de leerling (en de ouders) voordat je meldt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="76"/>
        <source>Can the school, together with the student and parents, offer or arrange fitting help, will they accept it, and will it stop the unsafety? If not, report.</source>
        <translation>Kan de school samen met de leerling en de ouders passende hulp bieden of organiseren, aanvaarden zij die hulp, en maakt die hulp een einde aan de onveiligheid? Zo niet, meld dan.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="116"/>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="117"/>
        <source>With a colleague</source>
        <translation>Met een collega</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="118"/>
        <source>With Veilig Thuis</source>
        <translation>Met Veilig Thuis</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="119"/>
        <source>With a colleague and with Veilig Thuis</source>
        <translation>Met een collega en met Veilig Thuis</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="122"/>
        <source>The conversation was held</source>
        <translation>Het gesprek is gevoerd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="123"/>
        <source>Not held: it would have endangered the student or others</source>
        <translation>Niet gevoerd: het zou de leerling of anderen in gevaar brengen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="126"/>
        <source>No suspicion of violence or abuse</source>
        <translation>Geen vermoeden van geweld of mishandeling</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="127"/>
        <source>A suspicion, without acute or structural unsafety</source>
        <translation>Een vermoeden, zonder acute of structurele onveiligheid</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="130"/>
        <source>Acute or structural unsafety, or a doubt about it</source>
        <translation>Acute of structurele onveiligheid, of twijfel daarover</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="133"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="134"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="175"/>
        <source>Give the date this step was taken.</source>
        <translation>Vul de datum in waarop deze stap is gezet.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="176"/>
        <source>Say who took this step.</source>
        <translation>Vul in wie deze stap heeft gezet.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="177"/>
        <source>The date of a step cannot lie in the future.</source>
        <translation>De datum van een stap kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="178"/>
        <source>That answer does not belong to this step.</source>
        <translation>Dat antwoord hoort niet bij deze stap.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="179"/>
        <source>Choose the answer of this step.</source>
        <translation>Kies het antwoord bij deze stap.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="208"/>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="209"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="210"/>
        <source>Both decisions taken</source>
        <translation>Beide beslissingen genomen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="214"/>
        <source>A decision is recorded before the weighing of step 4. Weigh first.</source>
        <translation>Er is een beslissing vastgelegd vóór de weging van stap 4. Weeg eerst.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="217"/>
        <source>Step 4 found acute or structural unsafety (or a doubt), but decision 1 says no report. The afwegingskader asks for a report to Veilig Thuis in that case.</source>
        <translation>Bij stap 4 is acute of structurele onveiligheid (of twijfel) vastgesteld, maar beslissing 1 zegt: niet melden. Het afwegingskader vraagt dan om een melding bij Veilig Thuis.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="222"/>
        <source>Help is not possible or not enough, and no report is decided. The afwegingskader asks for a report to Veilig Thuis then.</source>
        <translation>Hulp is niet mogelijk of niet voldoende, en er is niet besloten tot melden. Het afwegingskader vraagt dan om een melding bij Veilig Thuis.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/meldcode.py" line="227"/>
        <source>A later step is dated before an earlier one.</source>
        <translation>Een latere stap heeft een eerdere datum dan een stap ervoor.</translation>
    </message>
</context>
<context>
    <name>password</name>
    <message>
        <location filename="../../adviser_desk/domain/password_policy.py" line="38"/>
        <source>Too short</source>
        <translation>Te kort</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/password_policy.py" line="39"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/password_policy.py" line="40"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/password_policy.py" line="41"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/password_policy.py" line="42"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
</context>
<context>
    <name>pdf_print</name>
    <message>
        <location filename="../../adviser_desk/ui/common/pdf_print.py" line="134"/>
        <source>{name} (printed)</source>
        <translation>{name} (afgedrukt)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/pdf_print.py" line="138"/>
        <source>{name} (printed {number})</source>
        <translation>{name} (afgedrukt {number})</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../adviser_desk/domain/questions.py" line="40"/>
        <source>Yes/no or either/or question: the answer will be your words, not the student&apos;s. Follow it with an open invitation.</source>
        <translation>Ja/nee- of keuzevraag: het antwoord bestaat dan uit jouw woorden, niet die van de leerling. Laat er een open uitnodiging op volgen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/questions.py" line="45"/>
        <source>Tag question: it asks the student to agree with you. Ask openly instead.</source>
        <translation>Bevestigingsvraag: die vraagt de leerling het met je eens te zijn. Vraag het open.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/questions.py" line="48"/>
        <source>Presumes what happened or how the student felt. Let the student say it in their own words.</source>
        <translation>Gaat uit van wat er gebeurde of hoe de leerling zich voelde. Laat de leerling het in eigen woorden zeggen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/questions.py" line="53"/>
        <source>Names a person or detail the student has not mentioned in this interview. That can steer the account; ask openly who or what was involved.</source>
        <translation>Noemt een persoon of detail dat de leerling in dit gesprek nog niet heeft genoemd. Dat kan het verhaal sturen; vraag open wie of wat erbij betrokken was.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/questions.py" line="58"/>
        <source>Puts the student&apos;s own behaviour on trial; it can sound like blame and make them stop talking. Ask what happened instead.</source>
        <translation>Stelt het gedrag van de leerling zelf ter discussie; dat kan als een verwijt klinken en de leerling laten dichtklappen. Vraag liever wat er gebeurde.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/questions.py" line="63"/>
        <source>Promises secrecy. You cannot keep that promise; promise care instead.</source>
        <translation>Belooft geheimhouding. Die belofte kun je niet nakomen; beloof zorgvuldigheid.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/question_checker.py" line="36"/>
        <source>Sounds like a promise of secrecy. You cannot keep that promise; promise care instead.</source>
        <translation>Klinkt als een belofte van geheimhouding. Die belofte kun je niet houden; beloof zorgvuldigheid.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/question_checker.py" line="40"/>
        <source>Sounds like blame for the student&apos;s own behaviour; it can make them stop talking. Ask what happened instead.</source>
        <translation>Klinkt als een verwijt over wat de leerling zelf deed; daardoor kan de leerling dichtklappen. Vraag liever wat er gebeurde.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/question_checker.py" line="45"/>
        <source>Sounds like it presumes what happened or how the student felt. Let the student say it in their own words.</source>
        <translation>Klinkt alsof het invult wat er gebeurde of hoe de leerling zich voelde. Laat de leerling het in eigen woorden zeggen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/checker_profiles.py" line="34"/>
        <source>Names the victim in front of the group. That exposes them again and points the class at them; speak about what happened without naming anyone.</source>
        <translation>Noemt het slachtoffer waar de groep bij is. Dat stelt hem of haar opnieuw bloot en wijst de klas naar hem of haar; praat over wat er gebeurde zonder iemand te noemen.</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="25"/>
        <source>Recovery sheet</source>
        <translation>Herstelblad</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="26"/>
        <source>This recovery key opens the case file below when the password is forgotten or the key file next to it is lost. Anyone who has this sheet and the case file can read every case in it: keep it locked away, apart from the laptop (for example in the school&apos;s safe).</source>
        <translation>Deze herstelsleutel opent het zaakbestand hieronder als het wachtwoord vergeten is of het sleutelbestand ernaast kwijt is. Wie dit blad en het zaakbestand heeft, kan elke zaak erin lezen: berg het achter slot op, niet bij de laptop (bijvoorbeeld in de kluis van de school).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="32"/>
        <source>Made for {receiver} with the cases handed over in this case file. Give this sheet to {receiver} in person, separately from the case file.</source>
        <translation>Gemaakt voor {receiver}, bij de zaken die in dit zaakbestand zijn overgedragen. Geef dit blad persoonlijk aan {receiver}, los van het zaakbestand.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="37"/>
        <source>Case file</source>
        <translation>Zaakbestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="38"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="39"/>
        <source>Case file ID</source>
        <translation>Kenmerk zaakbestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="40"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="41"/>
        <source>How to use it: open the case file in Adviser Desk, choose “Use recovery key” and type the key as printed here. Capitals, spaces and dashes do not matter, and a letter O counts as a zero (the key has no O). Then choose a new password.</source>
        <translation>Zo gebruik je hem: open het zaakbestand in Adviser Desk, kies ‘Herstelsleutel gebruiken’ en typ de sleutel zoals hij hier staat. Hoofdletters, spaties en streepjes maken niet uit, en een letter O telt als een nul (de sleutel heeft geen O). Kies daarna een nieuw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="47"/>
        <source>Audit chain head when this sheet was made</source>
        <translation>Laatste schakel van de auditketen toen dit blad werd gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="48"/>
        <source>Stored by, date and place</source>
        <translation>Opgeborgen door, datum en plaats</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="49"/>
        <source>Never photograph this sheet, e-mail it, or keep it in the same bag as the laptop.</source>
        <translation>Maak nooit een foto van dit blad, mail het nooit en bewaar het nooit in dezelfde tas als de laptop.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../adviser_desk/ui/common/settings.py" line="36"/>
        <source>Lock after this many idle minutes</source>
        <translation>Vergrendelen na zoveel minuten zonder activiteit</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/settings.py" line="39"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/settings.py" line="43"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/settings.py" line="46"/>
        <source>Folder for case files</source>
        <translation>Map voor zaakbestanden</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/common/settings.py" line="51"/>
        <source>Largest evidence file</source>
        <translation>Grootste bewijsbestand</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="42"/>
        <source>Case {number} opened: {title}</source>
        <translation>Zaak {number} geopend: {title}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="43"/>
        <source>Status changed to: {status}</source>
        <translation>Status gewijzigd in: {status}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="44"/>
        <source>Case details changed</source>
        <translation>Zaakgegevens gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="46"/>
        <source>Case details changed; incident type ticked: {ticked}</source>
        <translation>Zaakgegevens gewijzigd; type incident aangevinkt: {ticked}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="49"/>
        <source>Case details changed; incident type unticked: {unticked}</source>
        <translation>Zaakgegevens gewijzigd; type incident uitgevinkt: {unticked}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="52"/>
        <source>Case details changed; incident type ticked: {ticked}; unticked: {unticked}</source>
        <translation>Zaakgegevens gewijzigd; type incident aangevinkt: {ticked}; uitgevinkt: {unticked}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="56"/>
        <source>Case reopened; the outcome recorded at closing was: {outcome}</source>
        <translation>Zaak heropend; de afloop die bij het sluiten was vastgelegd: {outcome}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="62"/>
        <source>Case reopened; the outcome recorded at closing was: {outcome}. 1 task the closing marked not applicable is open again</source>
        <translation>Zaak heropend; de afloop die bij het sluiten was vastgelegd: {outcome}. 1 taak die het sluiten niet van toepassing had gemaakt, staat weer open</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="67"/>
        <source>Case reopened; the outcome recorded at closing was: {outcome}. {count} tasks the closing marked not applicable are open again</source>
        <translation>Zaak heropend; de afloop die bij het sluiten was vastgelegd: {outcome}. {count} taken die het sluiten niet van toepassing had gemaakt, staan weer open</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="72"/>
        <source>{count} open tasks marked not applicable with the closing (reason: {reason})</source>
        <translation>{count} open taken bij het sluiten als niet van toepassing gemarkeerd (reden: {reason})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="75"/>
        <source>1 open task marked not applicable with the closing (reason: {reason})</source>
        <translation>1 open taak bij het sluiten als niet van toepassing gemarkeerd (reden: {reason})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="78"/>
        <source>Closing undone: the case is open again</source>
        <translation>Sluiten ongedaan gemaakt: de zaak is weer open</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="79"/>
        <source>Closing undone: the case and 1 task the closing marked are open again</source>
        <translation>Sluiten ongedaan gemaakt: de zaak en 1 taak die het sluiten als niet van toepassing had gemarkeerd, zijn weer open</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="82"/>
        <source>Closing undone: the case and {count} tasks the closing marked are open again</source>
        <translation>Sluiten ongedaan gemaakt: de zaak en {count} taken die het sluiten als niet van toepassing had gemarkeerd, zijn weer open</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="85"/>
        <source>Reopening undone: the case is closed again, with its outcome and closing date</source>
        <translation>Heropenen ongedaan gemaakt: de zaak is weer gesloten, met haar afloop en sluitdatum</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="89"/>
        <source>Reopening undone: the case is closed again, with its outcome and closing date; 1 task is marked not applicable again</source>
        <translation>Heropenen ongedaan gemaakt: de zaak is weer gesloten, met haar afloop en sluitdatum; 1 taak is weer als niet van toepassing gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="94"/>
        <source>Reopening undone: the case is closed again, with its outcome and closing date; {count} tasks are marked not applicable again</source>
        <translation>Heropenen ongedaan gemaakt: de zaak is weer gesloten, met haar afloop en sluitdatum; {count} taken zijn weer als niet van toepassing gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="99"/>
        <source>Handed over to {receiver} (number there: {number}); read-only from now on</source>
        <translation>Overgedragen aan {receiver} (nummer daar: {number}); vanaf nu alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="102"/>
        <source>Received from {sender} (number there: {number})</source>
        <translation>Ontvangen van {sender} (nummer daar: {number})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="105"/>
        <source>{name} added as {role}</source>
        <translation>{name} toegevoegd als {role}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="106"/>
        <source>Details of {name} ({role}) changed</source>
        <translation>Gegevens van {name} ({role}) gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="107"/>
        <source>{name} removed ({role})</source>
        <translation>{name} verwijderd ({role})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="108"/>
        <source>Task added: {title}</source>
        <translation>Taak toegevoegd: {title}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="109"/>
        <source>Task done: {title}</source>
        <translation>Taak afgerond: {title}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="110"/>
        <source>Task marked not applicable: {title} (reason: {reason})</source>
        <translation>Taak niet van toepassing: {title} (reden: {reason})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="113"/>
        <source>Task reopened: {title}</source>
        <translation>Taak heropend: {title}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="114"/>
        <source>{count} protocol tasks added</source>
        <translation>{count} protocoltaken toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="115"/>
        <source>1 protocol task added</source>
        <translation>1 protocoltaak toegevoegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="117"/>
        <source>{count} protocol tasks added as not applicable: the case is closed</source>
        <translation>{count} protocoltaken toegevoegd als niet van toepassing: de zaak is gesloten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="120"/>
        <source>1 protocol task added as not applicable: the case is closed</source>
        <translation>1 protocoltaak toegevoegd als niet van toepassing: de zaak is gesloten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="124"/>
        <source>{count} protocol tasks removed: the save that added them was undone</source>
        <translation>{count} protocoltaken verwijderd: het opslaan waarbij ze waren toegevoegd, is ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="127"/>
        <source>1 protocol task removed: the save that added it was undone</source>
        <translation>1 protocoltaak verwijderd: het opslaan waarbij die was toegevoegd, is ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="130"/>
        <source>Note by {author}: {text}</source>
        <translation>Notitie van {author}: {text}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="131"/>
        <source>Interview started ({with})</source>
        <translation>Gesprek begonnen ({with})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="132"/>
        <source>Interview closed; agreed: {agreements}</source>
        <translation>Gesprek afgesloten; afgesproken: {agreements}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="133"/>
        <source>Meldcode, {step}: {answer} ({by})</source>
        <translation>Meldcode, {step}: {answer} ({by})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="134"/>
        <source>Meldcode, {step}: cleared</source>
        <translation>Meldcode, {step}: gewist</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="136"/>
        <source>Evidence {number} added ({type}): {what}</source>
        <translation>Bewijs {number} toegevoegd ({type}): {what}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="138"/>
        <source>Evidence {number} added ({type}): {what} — question about minors answered “no” by {by}</source>
        <translation>Bewijs {number} toegevoegd ({type}): {what} — vraag over minderjarigen door {by} beantwoord met ‘nee’</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="142"/>
        <source>Evidence {number} described, the image deliberately not kept: {what}</source>
        <translation>Bewijs {number} beschreven, het beeld bewust niet bewaard: {what}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="145"/>
        <source>Stored original of {numbers} removed (may be a sexual image of a minor); description and SHA-256 kept</source>
        <translation>Opgeslagen origineel van {numbers} verwijderd (mogelijk seksueel beeld van een minderjarige); beschrijving en SHA-256 bewaard</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="150"/>
        <source>Stored original of {numbers} removed (may be a sexual image of a minor); description and SHA-256 kept. {exported} had been exported for the police before ({exported_on})</source>
        <translation>Opgeslagen origineel van {numbers} verwijderd (mogelijk seksueel beeld van een minderjarige); beschrijving en SHA-256 bewaard. {exported} was daarvoor al geëxporteerd voor de politie ({exported_on})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="158"/>
        <source>Stored original of {numbers} removed after the question about minors, answered “yes, or not sure” by {by}; description and SHA-256 kept</source>
        <translation>Opgeslagen origineel van {numbers} verwijderd na de vraag over minderjarigen, door {by} beantwoord met ‘ja, of niet zeker’; beschrijving en SHA-256 bewaard</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="163"/>
        <source>Stored original of {numbers} removed: the same file as {source}, for which {by} answered the question about minors “yes, or not sure”; description and SHA-256 kept</source>
        <translation>Opgeslagen origineel van {numbers} verwijderd: hetzelfde bestand als {source}, waarvoor {by} de vraag over minderjarigen beantwoordde met ‘ja, of niet zeker’; beschrijving en SHA-256 bewaard</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="168"/>
        <source>Stored original of {numbers} removed: the same file was added again and {by} answered the question about minors “yes, or not sure”; description and SHA-256 kept</source>
        <translation>Opgeslagen origineel van {numbers} verwijderd: hetzelfde bestand werd opnieuw toegevoegd en {by} beantwoordde de vraag over minderjarigen met ‘ja, of niet zeker’; beschrijving en SHA-256 bewaard</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="173"/>
        <source>Stored original of {numbers} removed after the question about minors, answered “yes, or not sure” by {by}; description and SHA-256 kept. {exported} had been exported for the police before ({exported_on})</source>
        <translation>Opgeslagen origineel van {numbers} verwijderd na de vraag over minderjarigen, door {by} beantwoord met ‘ja, of niet zeker’; beschrijving en SHA-256 bewaard. {exported} was daarvoor al geëxporteerd voor de politie ({exported_on})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="179"/>
        <source>Stored original of {numbers} removed: the same file as {source}, for which {by} answered the question about minors “yes, or not sure”; description and SHA-256 kept. {exported} had been exported for the police before ({exported_on})</source>
        <translation>Opgeslagen origineel van {numbers} verwijderd: hetzelfde bestand als {source}, waarvoor {by} de vraag over minderjarigen beantwoordde met ‘ja, of niet zeker’; beschrijving en SHA-256 bewaard. {exported} was daarvoor al geëxporteerd voor de politie ({exported_on})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="185"/>
        <source>Stored original of {numbers} removed: the same file was added again and {by} answered the question about minors “yes, or not sure”; description and SHA-256 kept. {exported} had been exported for the police before ({exported_on})</source>
        <translation>Opgeslagen origineel van {numbers} verwijderd: hetzelfde bestand werd opnieuw toegevoegd en {by} beantwoordde de vraag over minderjarigen met ‘ja, of niet zeker’; beschrijving en SHA-256 bewaard. {exported} was daarvoor al geëxporteerd voor de politie ({exported_on})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="192"/>
        <source>Question about minors for {number} answered “no” by {by}: the file is kept</source>
        <translation>Vraag over minderjarigen voor {number} door {by} beantwoord met ‘nee’: het bestand blijft bewaard</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="195"/>
        <source>Description of {number} changed by {by}: “{old}” is now “{new}”</source>
        <translation>Beschrijving van {number} gewijzigd door {by}: ‘{old}’ is nu ‘{new}’</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="198"/>
        <source>Evidence exported for the police ({numbers}), folder {folder}</source>
        <translation>Bewijs geëxporteerd voor de politie ({numbers}), map {folder}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="201"/>
        <source>Evidence exported for the police ({numbers}) for {receiver}, folder {folder}</source>
        <translation>Bewijs geëxporteerd voor de politie ({numbers}) voor {receiver}, map {folder}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="204"/>
        <source>Evidence handed over to {receiver}: {numbers}</source>
        <translation>Bewijs overgedragen aan {receiver}: {numbers}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="207"/>
        <source>Evidence handed over to {receiver}: {numbers} (receipt: {note})</source>
        <translation>Bewijs overgedragen aan {receiver}: {numbers} (ontvangstbewijs: {note})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="210"/>
        <source>Evidence checked against the SHA-256 taken at intake: {numbers}</source>
        <translation>Bewijs gecontroleerd tegen de bij het vastleggen berekende SHA-256: {numbers}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="214"/>
        <source>Evidence log printed or saved as PDF (items: {items})</source>
        <translation>Bewijslijst afgedrukt of als pdf opgeslagen (stukken: {items})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="217"/>
        <source>Evidence log printed (items: {items})</source>
        <translation>Bewijslijst afgedrukt (stukken: {items})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="218"/>
        <source>Evidence log saved as PDF (items: {items})</source>
        <translation>Bewijslijst als pdf opgeslagen (stukken: {items})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="221"/>
        <source>Takedown: {number} reported to {channel}</source>
        <translation>Offline halen: {number} gemeld bij {channel}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="222"/>
        <source>Takedown: {number} checked, {online}</source>
        <translation>Offline halen: {number} gecontroleerd, {online}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="223"/>
        <source>Letter saved: {title}, version {version}</source>
        <translation>Brief opgeslagen: {title}, versie {version}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="224"/>
        <source>Letter printed: {title}, version {version}</source>
        <translation>Brief afgedrukt: {title}, versie {version}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="225"/>
        <source>Letter saved as PDF: {title}, version {version}</source>
        <translation>Brief als pdf opgeslagen: {title}, versie {version}</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="230"/>
        <source>recorded</source>
        <translation>vastgelegd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/timeline.py" line="232"/>
        <source>{number} in case {case}</source>
        <translation>{number} in zaak {case}</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../adviser_desk/ui/common/workers.py" line="96"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
