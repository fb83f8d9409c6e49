<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseFilePage</name>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="135"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="136"/>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="137"/>
        <source>On this computer:</source>
        <translation>Op deze computer:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="138"/>
        <source>Audit chain head:</source>
        <translation>Laatste schakel auditketen:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="144"/>
        <source>Filter the audit log…</source>
        <translation>Auditlog filteren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="157"/>
        <source>Audit log (append-only, hash-linked)</source>
        <translation>Auditlog (alleen aanvullen, met hashes aan elkaar geschakeld)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="163"/>
        <source>Cases, people, interviews and evidence will appear here as Adviser Desk grows.</source>
        <translation>Zaken, betrokkenen, gesprekken en bewijs verschijnen hier in volgende versies van Adviser Desk.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="179"/>
        <source>remembered (opens without password)</source>
        <translation>onthouden (opent zonder wachtwoord)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="181"/>
        <source>password needed to open</source>
        <translation>wachtwoord nodig om te openen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="184"/>
        <source>{head}… ({count} events)</source>
        <translation>{head}… ({count} gebeurtenissen)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/password_dialogs.py" line="59"/>
        <location filename="../../adviser_desk/ui/password_dialogs.py" line="66"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/password_dialogs.py" line="62"/>
        <source>The case file itself is not re-encrypted: only its key is locked with the new password. The recovery key stays the same.</source>
        <translation>Het zaakbestand zelf wordt niet opnieuw versleuteld: alleen de sleutel wordt met het nieuwe wachtwoord afgesloten. De herstelsleutel blijft dezelfde.</translation>
    </message>
</context>
<context>
    <name>CreateCaseFileDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/create_dialog.py" line="37"/>
        <source>Create a new case file</source>
        <translation>Nieuw zaakbestand maken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/create_dialog.py" line="45"/>
        <source>A case file holds all your cases, encrypted. Choose where to keep it and a password only you know. You will get a recovery key to print next.</source>
        <translation>Een zaakbestand bevat al je zaken, versleuteld. Kies waar je het bewaart en een wachtwoord dat alleen jij kent. Daarna krijg je een herstelsleutel om af te drukken.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/create_dialog.py" line="51"/>
        <source>Case files</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/create_dialog.py" line="53"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/create_dialog.py" line="59"/>
        <source>Preparing encryption…</source>
        <translation>Versleuteling voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/create_dialog.py" line="61"/>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/create_dialog.py" line="65"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="92"/>
        <source>Unlock…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="95"/>
        <source>Close case file</source>
        <translation>Zaakbestand sluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="105"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="118"/>
        <source>The case file {name} is locked. Nothing in it is shown until you unlock it.</source>
        <translation>Het zaakbestand {name} is vergrendeld. Er wordt niets uit getoond tot je het ontgrendelt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="95"/>
        <source>&amp;New case file…</source>
        <translation>&amp;Nieuw zaakbestand…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="96"/>
        <source>&amp;Open case file…</source>
        <translation>Zaakbestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="97"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="98"/>
        <source>&amp;Close case file</source>
        <translation>Zaakbestand &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="99"/>
        <source>Make &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="100"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Terugzetten uit back-up…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="101"/>
        <source>&amp;Verify case file</source>
        <translation>Zaakbestand &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="103"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="105"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="108"/>
        <source>Show recovery &amp;key…</source>
        <translation>&amp;Herstelsleutel tonen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="109"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="110"/>
        <source>&amp;About Adviser Desk</source>
        <translation>&amp;Over Adviser Desk</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="127"/>
        <source>&amp;Security</source>
        <translation>&amp;Beveiliging</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="130"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="132"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="164"/>
        <source>Could not read the case file</source>
        <translation>Het zaakbestand kon niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="183"/>
        <source>Case file upgraded</source>
        <translation>Zaakbestand bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="185"/>
        <source>This case file was upgraded for this version of Adviser Desk. An encrypted copy of the old version was kept as {path}.</source>
        <translation>Dit zaakbestand is bijgewerkt voor deze versie van Adviser Desk. Een versleutelde kopie van de oude versie is bewaard als {path}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="266"/>
        <source>Please wait until the backup or check in progress has finished.</source>
        <translation>Wacht even tot de back-up of controle die nu loopt klaar is.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="281"/>
        <source>Problem while closing</source>
        <translation>Probleem bij het sluiten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="298"/>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="298"/>
        <source>The new password is in use.</source>
        <translation>Het nieuwe wachtwoord is in gebruik.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="312"/>
        <source>Could not change this setting</source>
        <translation>Deze instelling kon niet worden gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="324"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="326"/>
        <source>You confirmed that the recovery key is stored, so Adviser Desk no longer shows it. Use your printed recovery sheet.</source>
        <translation>Je hebt bevestigd dat de herstelsleutel bewaard is, dus Adviser Desk toont hem niet meer. Gebruik je afgedrukte herstelblad.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="341"/>
        <source>Choose a folder for the backup (a USB stick)</source>
        <translation>Kies een map voor de back-up (een USB-stick)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="348"/>
        <location filename="../../adviser_desk/ui/main_window.py" line="369"/>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="349"/>
        <source>Making an encrypted backup…</source>
        <translation>Versleutelde back-up maken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="359"/>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="361"/>
        <source>The backup was saved as {path}. It is encrypted: the same password and recovery key open it.</source>
        <translation>De back-up is opgeslagen als {path}. Hij is versleuteld: hetzelfde wachtwoord en dezelfde herstelsleutel openen hem.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="369"/>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>De back-up is geannuleerd; er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="372"/>
        <source>The backup failed</source>
        <translation>De back-up is mislukt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="381"/>
        <location filename="../../adviser_desk/ui/main_window.py" line="416"/>
        <source>Verify case file</source>
        <translation>Zaakbestand controleren</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="382"/>
        <source>Checking every encrypted page and the audit chain…</source>
        <translation>Elke versleutelde pagina en de auditketen worden gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="385"/>
        <source>The check could not run</source>
        <translation>De controle kon niet worden uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="392"/>
        <source>The case file is intact: every encrypted page passed its check, the database structure is sound and the audit chain of {count} events is unbroken.</source>
        <translation>Het zaakbestand is in orde: elke versleutelde pagina is goedgekeurd, de databasestructuur is gezond en de auditketen van {count} gebeurtenissen is ongebroken.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="398"/>
        <source>{count} encrypted pages fail their integrity check.</source>
        <translation>{count} versleutelde pagina&apos;s zijn afgekeurd bij de integriteitscontrole.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="403"/>
        <source>The database structure is damaged.</source>
        <translation>De databasestructuur is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="406"/>
        <source>The audit chain is broken at event {seq}.</source>
        <translation>De auditketen is verbroken bij gebeurtenis {seq}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="410"/>
        <source>Restore the case file from a backup and tell your IT staff.</source>
        <translation>Zet het zaakbestand terug uit een back-up en meld het bij je ICT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="427"/>
        <source>Choose the backup to restore</source>
        <translation>Kies de back-up die je wilt terugzetten</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="437"/>
        <source>The backup was not restored</source>
        <translation>De back-up is niet teruggezet</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="451"/>
        <source>About Adviser Desk</source>
        <translation>Over Adviser Desk</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/main_window.py" line="453"/>
        <source>&lt;b&gt;Adviser Desk {version}&lt;/b&gt;&lt;br/&gt;For school confidential advisers handling online abuse, sexting and exposure. Case files are encrypted with SQLCipher (AES-256) and never leave this computer unless you export them.</source>
        <translation>&lt;b&gt;Adviser Desk {version}&lt;/b&gt;&lt;br/&gt;Voor vertrouwenspersonen en zorgcoördinatoren op school bij online misbruik, sexting en exposing. Zaakbestanden zijn versleuteld met SQLCipher (AES-256) en verlaten deze computer alleen als je ze zelf exporteert.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/password_dialogs.py" line="83"/>
        <source>Choose a new password</source>
        <translation>Kies een nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/password_dialogs.py" line="86"/>
        <source>You opened the case file with the recovery key. Choose a new password for everyday use; the recovery key keeps working.</source>
        <translation>Je hebt het zaakbestand met de herstelsleutel geopend. Kies een nieuw wachtwoord voor dagelijks gebruik; de herstelsleutel blijft werken.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/password_dialogs.py" line="90"/>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../../adviser_desk/ui/password_fields.py" line="44"/>
        <source>New password:</source>
        <translation>Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/password_fields.py" line="45"/>
        <source>Repeat password:</source>
        <translation>Herhaal wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/password_fields.py" line="46"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/password_fields.py" line="61"/>
        <source>The passwords match.</source>
        <translation>De wachtwoorden komen overeen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/password_fields.py" line="69"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken.</numerusform>
            <numerusform>Gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/password_fields.py" line="72"/>
        <source>Too easy to guess. Add words or characters; a short sentence works well.</source>
        <translation>Te makkelijk te raden. Voeg woorden of tekens toe; een korte zin werkt goed.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/password_fields.py" line="75"/>
        <source>The two passwords are not the same yet.</source>
        <translation>De twee wachtwoorden zijn nog niet gelijk.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/password_dialogs.py" line="30"/>
        <source>Current password:</source>
        <translation>Huidig wachtwoord:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="39"/>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="43"/>
        <source>&lt;b&gt;Store this recovery key before you start.&lt;/b&gt; It opens the case file if you forget the password or lose the key file beside it. Adviser Desk cannot show it again once you confirm. Print the sheet or write the key down, and keep it locked away, apart from this computer.</source>
        <translation>&lt;b&gt;Bewaar deze herstelsleutel voordat je begint.&lt;/b&gt; Hij opent het zaakbestand als je het wachtwoord vergeet of het sleutelbestand ernaast kwijtraakt. Zodra je bevestigt, kan Adviser Desk hem niet meer tonen. Druk het blad af of schrijf de sleutel over, en berg hem achter slot op, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="61"/>
        <source>Save sheet as PDF…</source>
        <translation>Blad opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="64"/>
        <source>Print sheet…</source>
        <translation>Blad afdrukken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="71"/>
        <source>I have printed or written down the recovery key and stored it safely.</source>
        <translation>Ik heb de herstelsleutel afgedrukt of opgeschreven en veilig opgeborgen.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="77"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="83"/>
        <source>If you close this window without confirming, the key is shown again the next time you open the case file.</source>
        <translation>Sluit je dit venster zonder te bevestigen, dan wordt de sleutel opnieuw getoond als je het zaakbestand weer opent.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="128"/>
        <source>Save recovery sheet</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="129"/>
        <source>Recovery sheet.pdf</source>
        <translation>Herstelblad.pdf</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="130"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="138"/>
        <source>The sheet was not saved</source>
        <translation>Het blad is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="142"/>
        <source>Recovery sheet saved</source>
        <translation>Herstelblad opgeslagen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="144"/>
        <source>The sheet was saved, unencrypted, as {path}. Print it, store the paper safely, then delete the file and empty the bin.</source>
        <translation>Het blad is onversleuteld opgeslagen als {path}. Druk het af, berg het papier veilig op, verwijder daarna het bestand en leeg de prullenbak.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/recovery_dialog.py" line="166"/>
        <source>Could not confirm</source>
        <translation>Bevestigen is niet gelukt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/settings_dialog.py" line="30"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/settings_dialog.py" line="35"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/settings_dialog.py" line="40"/>
        <source>As the system (Dutch on a Dutch computer)</source>
        <translation>Zoals het systeem (Nederlands op een Nederlandse computer)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/settings_dialog.py" line="49"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/settings_dialog.py" line="54"/>
        <source>A new language is used the next time Adviser Desk starts.</source>
        <translation>Een andere taal wordt gebruikt vanaf de volgende keer dat Adviser Desk start.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/settings_dialog.py" line="77"/>
        <source>Folder for case files</source>
        <translation>Map voor zaakbestanden</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../adviser_desk/ui/unlock_dialog.py" line="28"/>
        <source>Unlock case file</source>
        <translation>Zaakbestand ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/unlock_dialog.py" line="32"/>
        <source>Unlock &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/unlock_dialog.py" line="38"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/unlock_dialog.py" line="39"/>
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/unlock_dialog.py" line="48"/>
        <source>The key is kept in this computer&apos;s password store, unlocked when you log in. Only use this on a computer nobody else logs in to as you.</source>
        <translation>De sleutel wordt bewaard in de wachtwoordkluis van deze computer, die opengaat als je inlogt. Gebruik dit alleen op een computer waar niemand anders als jou inlogt.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/unlock_dialog.py" line="57"/>
        <source>“Remember on this computer” is not available: this computer has no password store (keyring) that Adviser Desk can use safely. Type the password each time instead.</source>
        <translation>‘Onthouden op deze computer’ is niet beschikbaar: deze computer heeft geen wachtwoordkluis (keyring) die Adviser Desk veilig kan gebruiken. Typ het wachtwoord dus elke keer.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/unlock_dialog.py" line="66"/>
        <location filename="../../adviser_desk/ui/unlock_dialog.py" line="103"/>
        <source>Use recovery key instead</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/unlock_dialog.py" line="71"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/unlock_dialog.py" line="103"/>
        <source>Use password instead</source>
        <translation>Wachtwoord gebruiken</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="41"/>
        <source>Adviser Desk keeps your cases of online abuse, sexting and exposure in one encrypted case file on this computer. Nothing leaves it unless you export it.</source>
        <translation>Adviser Desk bewaart je zaken over online misbruik, sexting en exposing in één versleuteld zaakbestand op deze computer. Er gaat niets uit tenzij je het zelf exporteert.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="47"/>
        <source>Create a new case file…</source>
        <translation>Nieuw zaakbestand maken…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="49"/>
        <source>Open a case file…</source>
        <translation>Zaakbestand openen…</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="54"/>
        <source>Try the demo case file</source>
        <translation>Het demozaakbestand proberen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="56"/>
        <source>The demo case file comes with a later version.</source>
        <translation>Het demozaakbestand komt in een volgende versie.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="65"/>
        <source>Welcome to Adviser Desk</source>
        <translation>Welkom bij Adviser Desk</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/pages.py" line="80"/>
        <source>Open {name}</source>
        <translation>{name} openen</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../adviser_desk/ui/audit_model.py" line="23"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/audit_model.py" line="24"/>
        <source>Time (local)</source>
        <translation>Tijd (lokaal)</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/audit_model.py" line="25"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/audit_model.py" line="26"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/audit_model.py" line="27"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/audit_model.py" line="79"/>
        <source>{action}
SHA-256 of this event: {hash}</source>
        <translation>{action}
SHA-256 van deze gebeurtenis: {hash}</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="10"/>
        <source>Case file created</source>
        <translation>Zaakbestand aangemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="11"/>
        <source>Recovery sheet saved or printed</source>
        <translation>Herstelblad opgeslagen of afgedrukt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="14"/>
        <source>Recovery key confirmed as stored</source>
        <translation>Bevestigd dat de herstelsleutel bewaard is</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="17"/>
        <source>Opened with the recovery key</source>
        <translation>Geopend met de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="18"/>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="19"/>
        <source>New password set with the recovery key</source>
        <translation>Nieuw wachtwoord ingesteld met de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="22"/>
        <source>Key file made anew</source>
        <translation>Sleutelbestand opnieuw gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="23"/>
        <source>Remembered on a computer</source>
        <translation>Onthouden op een computer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="24"/>
        <source>Forgotten on a computer</source>
        <translation>Vergeten op een computer</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="25"/>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="26"/>
        <source>Raw database key shown to IT staff</source>
        <translation>Ruwe databasesleutel getoond aan ICT</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/audit_actions.py" line="27"/>
        <source>Adviser and school details changed</source>
        <translation>Gegevens van vertrouwenspersoon en school gewijzigd</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../adviser_desk/ui/dialogs.py" line="21"/>
        <source>Adviser Desk case files (*{suffix})</source>
        <translation>Adviser Desk-zaakbestanden (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/dialogs.py" line="29"/>
        <source>Open a case file</source>
        <translation>Zaakbestand openen</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/dialogs.py" line="39"/>
        <source>Create a case file</source>
        <translation>Zaakbestand maken</translation>
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
        <location filename="../../adviser_desk/services/case_file_service.py" line="32"/>
        <source>This password is too weak. Use at least {minimum} characters; a few unrelated words make a strong password that is easy to remember.</source>
        <translation>Dit wachtwoord is te zwak. Gebruik minstens {minimum} tekens; een paar losse woorden vormen een sterk wachtwoord dat makkelijk te onthouden is.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="20"/>
        <source>The password is not correct. The case file was not changed. Check Caps Lock, or use the recovery key from the printed recovery sheet.</source>
        <translation>Het wachtwoord klopt niet. Het zaakbestand is niet veranderd. Controleer Caps Lock, of gebruik de herstelsleutel van het afgedrukte herstelblad.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="31"/>
        <source>This recovery key does not open {path}. It may belong to another case file. The case file was not changed.</source>
        <translation>Deze herstelsleutel opent {path} niet. Misschien hoort hij bij een ander zaakbestand. Het zaakbestand is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="43"/>
        <source>There is no case file at {path}.</source>
        <translation>Er is geen zaakbestand op {path}.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="50"/>
        <source>{path} already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>{path} bestaat al. Kies een andere naam; een bestaand bestand wordt nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="60"/>
        <source>an unencrypted SQLite database</source>
        <translation>een onversleutelde SQLite-database</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="61"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="62"/>
        <source>the file is cut off</source>
        <translation>het bestand is afgekapt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="68"/>
        <source>{path} is not an Adviser Desk case file ({reason}). Nothing was changed.</source>
        <translation>{path} is geen zaakbestand van Adviser Desk ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="72"/>
        <source>{path} is not an Adviser Desk case file. Nothing was changed.</source>
        <translation>{path} is geen zaakbestand van Adviser Desk. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="81"/>
        <source>The case file {path} is damaged ({detail}), so its contents cannot be trusted. Restore it from a backup.</source>
        <translation>Het zaakbestand {path} is beschadigd ({detail}), dus de inhoud is niet betrouwbaar. Zet het terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="87"/>
        <source>The case file {path} is damaged: its encrypted pages fail their integrity check, so its contents cannot be trusted. Restore it from a backup.</source>
        <translation>Het zaakbestand {path} is beschadigd: versleutelde pagina&apos;s zijn afgekeurd bij de integriteitscontrole, dus de inhoud is niet betrouwbaar. Zet het terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="98"/>
        <source>The key file {path} is missing or damaged, so the password cannot be checked. Open the case file with the recovery key from the printed recovery sheet; the key file is then written anew.</source>
        <translation>Het sleutelbestand {path} ontbreekt of is beschadigd, dus het wachtwoord kan niet worden gecontroleerd. Open het zaakbestand met de herstelsleutel van het afgedrukte herstelblad; het sleutelbestand wordt dan opnieuw geschreven.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="111"/>
        <source>Could not write to {path}: the disk is full (or the file reached the size this drive allows). The last change was not saved; everything saved before it is intact. Free some space and try again.</source>
        <translation>Kan niet schrijven naar {path}: de schijf is vol (of het bestand heeft de grootste toegestane omvang op deze schijf bereikt). De laatste wijziging is niet opgeslagen; alles wat daarvoor is opgeslagen is intact. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="124"/>
        <source>Could not write to {path}: the folder or drive is read-only, or you have no permission to write there. Nothing was changed.</source>
        <translation>Kan niet schrijven naar {path}: de map of schijf is alleen-lezen, of je hebt geen toestemming om daar te schrijven. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="136"/>
        <source>The folder {path} does not exist (was a USB stick removed?). Nothing was changed.</source>
        <translation>De map {path} bestaat niet (is er een USB-stick verwijderd?). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="148"/>
        <source>{path} is already open in Adviser Desk on this computer (opened since {since}). Switch to that window, or close it first.</source>
        <translation>{path} is al geopend in Adviser Desk op deze computer (geopend sinds {since}). Ga naar dat venster, of sluit het eerst.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="154"/>
        <source>{path} is already open in Adviser Desk on the computer {host} (opened since {since}). Close it there first.</source>
        <translation>{path} is al geopend in Adviser Desk op de computer {host} (geopend sinds {since}). Sluit het daar eerst.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="167"/>
        <source>This computer has no usable password store (keyring), so Adviser Desk cannot remember the case file here. You will be asked for the password. ({detail})</source>
        <translation>Deze computer heeft geen bruikbare wachtwoordkluis (keyring), dus Adviser Desk kan het zaakbestand hier niet onthouden. Je wordt om het wachtwoord gevraagd. ({detail})</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/storage/errors.py" line="179"/>
        <source>This computer no longer remembers the case file (the entry in the password store is gone or was changed). Please type the password.</source>
        <translation>Deze computer onthoudt het zaakbestand niet meer (de vermelding in de wachtwoordkluis is weg of gewijzigd). Typ het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/i18n.py" line="57"/>
        <source>Something unexpected went wrong ({kind}). Your case file was not changed after the last completed step. Please tell your IT staff what you were doing.</source>
        <translation>Er ging iets onverwachts mis ({kind}). Je zaakbestand is na de laatste voltooide stap niet veranderd. Vertel je ICT-afdeling wat je aan het doen was.</translation>
    </message>
</context>
<context>
    <name>password</name>
    <message>
        <location filename="../../adviser_desk/domain/password_policy.py" line="33"/>
        <source>Too short</source>
        <translation>Te kort</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/password_policy.py" line="34"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/password_policy.py" line="35"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/password_policy.py" line="36"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/domain/password_policy.py" line="37"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="19"/>
        <source>Recovery sheet</source>
        <translation>Herstelblad</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="20"/>
        <source>This recovery key opens the case file below when the password is forgotten or the key file next to it is lost. Anyone who has this sheet and the case file can read every case in it: keep it locked away, apart from the laptop (for example in the school&apos;s safe).</source>
        <translation>Deze herstelsleutel opent het zaakbestand hieronder als het wachtwoord vergeten is of het sleutelbestand ernaast kwijt is. Wie dit blad en het zaakbestand heeft, kan elke zaak erin lezen: berg het achter slot op, niet bij de laptop (bijvoorbeeld in de kluis van de school).</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="26"/>
        <source>Case file</source>
        <translation>Zaakbestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="27"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="28"/>
        <source>Case file ID</source>
        <translation>Kenmerk zaakbestand</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="29"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="30"/>
        <source>How to use it: open the case file in Adviser Desk, choose “Use recovery key” and type the key (capitals and dashes are optional). Then choose a new password.</source>
        <translation>Zo gebruik je hem: open het zaakbestand in Adviser Desk, kies ‘Herstelsleutel gebruiken’ en typ de sleutel (hoofdletters en streepjes zijn niet nodig). Kies daarna een nieuw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="35"/>
        <source>Audit chain head when this sheet was made</source>
        <translation>Laatste schakel van de auditketen toen dit blad werd gemaakt</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="36"/>
        <source>Stored by, date and place</source>
        <translation>Opgeborgen door, datum en plaats</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/reports/recovery_sheet.py" line="37"/>
        <source>Never photograph this sheet, e-mail it, or keep it in the same bag as the laptop.</source>
        <translation>Maak nooit een foto van dit blad, mail het nooit en bewaar het nooit in dezelfde tas als de laptop.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../adviser_desk/ui/settings.py" line="36"/>
        <source>Lock after this many idle minutes</source>
        <translation>Vergrendelen na zoveel minuten zonder activiteit</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/settings.py" line="39"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../adviser_desk/ui/settings.py" line="42"/>
        <source>Folder for case files</source>
        <translation>Map voor zaakbestanden</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../adviser_desk/ui/workers.py" line="75"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
