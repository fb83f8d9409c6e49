<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="103"/>
        <source>The case file is intact: every encrypted page passed its check, the database structure is sound and the audit chain of %n event(s) is unbroken.</source>
        <translation>
            <numerusform>The case file is intact: every encrypted page passed its check, the database structure is sound and the audit chain of %n event is unbroken.</numerusform>
            <numerusform>The case file is intact: every encrypted page passed its check, the database structure is sound and the audit chain of %n events is unbroken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case_file/backup_actions.py" line="112"/>
        <source>%n encrypted page(s) fail their integrity check.</source>
        <translation>
            <numerusform>%n encrypted page fails its integrity check.</numerusform>
            <numerusform>%n encrypted pages fail their integrity check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_view.py" line="159"/>
        <source>%n overdue task(s)</source>
        <translation>
            <numerusform>%n overdue task</numerusform>
            <numerusform>%n overdue tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="272"/>
        <source>%n task(s) of this case are still open.</source>
        <translation>
            <numerusform>%n task of this case is still open.</numerusform>
            <numerusform>%n tasks of this case are still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="278"/>
        <source>The incident types ticked with it add %n protocol task(s), not applicable as the case is closed.</source>
        <translation>
            <numerusform>The incident types ticked with it add %n protocol task, not applicable as the case is closed.</numerusform>
            <numerusform>The incident types ticked with it add %n protocol tasks, not applicable as the case is closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="319"/>
        <source>&amp;Mark the %n open task(s) not applicable</source>
        <translation>
            <numerusform>&amp;Mark the %n open task not applicable</numerusform>
            <numerusform>&amp;Mark the %n open tasks not applicable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="348"/>
        <source>%n file(s) still wait for the question about minors: {numbers}. Closing does not answer it: the files keep waiting, and the case cannot be handed over or exported for the police until each is answered. To answer first, choose Cancel and go to the Evidence tab.</source>
        <translation>
            <numerusform>%n file still waits for the question about minors: {numbers}. Closing does not answer it: the file keeps waiting, and the case cannot be handed over or exported for the police until it is answered. To answer first, choose Cancel and go to the Evidence tab.</numerusform>
            <numerusform>%n files still wait for the question about minors: {numbers}. Closing does not answer it: the files keep waiting, and the case cannot be handed over or exported for the police until each is answered. To answer first, choose Cancel and go to the Evidence tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingUndo</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="35"/>
        <source>%n open task(s) marked not applicable.</source>
        <translation>
            <numerusform>%n open task marked not applicable.</numerusform>
            <numerusform>%n open tasks marked not applicable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="42"/>
        <source>%n task(s) the closing marked not applicable are open again.</source>
        <translation>
            <numerusform>%n task the closing marked not applicable is open again.</numerusform>
            <numerusform>%n tasks the closing marked not applicable are open again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="58"/>
        <source>%n task(s) that closing marked not applicable are open again.</source>
        <translation>
            <numerusform>%n task that closing marked not applicable is open again.</numerusform>
            <numerusform>%n tasks that closing marked not applicable are open again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="75"/>
        <source>%n task(s) marked not applicable again.</source>
        <translation>
            <numerusform>%n task marked not applicable again.</numerusform>
            <numerusform>%n tasks marked not applicable again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="96"/>
        <source>%n task(s) that save added are removed.</source>
        <translation>
            <numerusform>%n task that save added is removed.</numerusform>
            <numerusform>%n tasks that save added are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="99"/>
        <source>%n task(s) that save added were changed since and stay.</source>
        <translation>
            <numerusform>%n task that save added was changed since and stays.</numerusform>
            <numerusform>%n tasks that save added were changed since and stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="104"/>
        <source>%n file(s) still wait for the question about minors, to be on the safe side: {numbers}. Answer it on the Evidence tab.</source>
        <translation>
            <numerusform>%n file still waits for the question about minors, to be on the safe side: {numbers}. Answer it on the Evidence tab.</numerusform>
            <numerusform>%n files still wait for the question about minors, to be on the safe side: {numbers}. Answer them on the Evidence tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/closing_undo.py" line="114"/>
        <source>The stored original of %n file(s) was removed after that save and stays removed: {numbers}. Undo does not bring back a removed original.</source>
        <translation>
            <numerusform>The stored original of %n file was removed after that save and stays removed: {numbers}. Undo does not bring back a removed original.</numerusform>
            <numerusform>The stored originals of %n files were removed after that save and stay removed: {numbers}. Undo does not bring back a removed original.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceIntakeActions</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_actions.py" line="197"/>
        <source>%n file(s) not added</source>
        <translation>
            <numerusform>%n file not added</numerusform>
            <numerusform>%n files not added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceItemActions</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/item_actions.py" line="119"/>
        <source>Hand-over recorded for %n item(s).</source>
        <translation>
            <numerusform>Hand-over recorded for %n item.</numerusform>
            <numerusform>Hand-over recorded for %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceOutput</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/output_actions.py" line="210"/>
        <source>Nothing was exported: {numbers} still waits for the question about minors.</source>
        <translation>
            <numerusform>Nothing was exported: {numbers} still waits for the question about minors.</numerusform>
            <numerusform>Nothing was exported: {numbers} still wait for the question about minors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePendingActions</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="70"/>
        <source>%n file(s) still wait for the question about minors: {numbers}. They are marked with a warning sign in the list.</source>
        <translation>
            <numerusform>%n file still waits for the question about minors: {numbers}. It is marked with a warning sign in the list.</numerusform>
            <numerusform>%n files still wait for the question about minors: {numbers}. They are marked with a warning sign in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/pending_actions.py" line="197"/>
        <source>Later stops the questions: the next %n file(s) wait(s) too.</source>
        <translation>
            <numerusform>Later stops the questions: the next file waits too.</numerusform>
            <numerusform>Later stops the questions: the next %n files wait too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceWithholdActions</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="102"/>
        <source>The same file is also stored as the %n item(s) below, whose original(s) go too:
{items}</source>
        <translation>
            <numerusform>The same file is also stored as the item below, whose original goes too:
{items}</numerusform>
            <numerusform>The same file is also stored as the %n items below, whose originals go too:
{items}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/withhold_actions.py" line="109"/>
        <source>%n copy(ies) get(s) the same description and the same ‘where’ and ‘who’; the previous description stays in the timeline of its case.</source>
        <translation>
            <numerusform>This copy gets the same description and the same ‘where’ and ‘who’; its previous description stays in the timeline of its case.</numerusform>
            <numerusform>These %n copies get the same description and the same ‘where’ and ‘who’; their previous description stays in the timeline of their case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="128"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="131"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="132"/>
        <source>%n file(s): {names}</source>
        <translation>
            <numerusform>%n file: {names}</numerusform>
            <numerusform>%n files: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="141"/>
        <source>Do any of these %n file(s) show someone under 18 naked or in a sexual way?</source>
        <translation>
            <numerusform>Does this file show someone under 18 naked or in a sexual way?</numerusform>
            <numerusform>Do any of these %n files show someone under 18 naked or in a sexual way?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="161"/>
        <source>&amp;No, none of the %n file(s) does.</source>
        <translation>
            <numerusform>&amp;No, it does not.</numerusform>
            <numerusform>&amp;No, none of the %n files does.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="266"/>
        <source>Nothing about them is recorded.</source>
        <translation>
            <numerusform>Nothing about it is recorded.</numerusform>
            <numerusform>Nothing about them is recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="286"/>
        <source>Do not add these %n file(s) and discard your answers ({fields})?</source>
        <translation>
            <numerusform>Do not add this file and discard your answers ({fields})?</numerusform>
            <numerusform>Do not add these %n files and discard your answers ({fields})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/evidence_dialogs.py" line="290"/>
        <source>Do not add these %n file(s) and discard your answer (yes, or not sure)?</source>
        <translation>
            <numerusform>Do not add this file and discard your answer (yes, or not sure)?</numerusform>
            <numerusform>Do not add these %n files and discard your answer (yes, or not sure)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeTold</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="42"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="70"/>
        <source>The %n other file(s) go on to the next window: {names}</source>
        <translation>
            <numerusform>The other file goes on to the next window: {names}</numerusform>
            <numerusform>The %n other files go on to the next window: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="73"/>
        <source>%n file(s) cannot be added</source>
        <translation>
            <numerusform>%n file cannot be added</numerusform>
            <numerusform>%n files cannot be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="99"/>
        <source>%n not added.</source>
        <translation>
            <numerusform>%n not added.</numerusform>
            <numerusform>%n not added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="114"/>
        <source>%n described, not stored.</source>
        <translation>
            <numerusform>%n described, not stored.</numerusform>
            <numerusform>%n described, not stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="117"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="119"/>
        <source>%n described (not stored)</source>
        <translation>
            <numerusform>%n described (not stored)</numerusform>
            <numerusform>%n described (not stored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/evidence/intake_told.py" line="121"/>
        <source>%n not added</source>
        <translation>
            <numerusform>%n not added</numerusform>
            <numerusform>%n not added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityText</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/integrity_text.py" line="58"/>
        <source>audit chain: OK, %n event(s), head {head}</source>
        <translation>
            <numerusform>audit chain: OK, %n event, head {head}</numerusform>
            <numerusform>audit chain: OK, %n events, head {head}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/integrity_text.py" line="65"/>
        <source>audit chain: BROKEN at event {seq} ({reason}); %n event(s) before it are intact</source>
        <translation>
            <numerusform>audit chain: BROKEN at event {seq} ({reason}); the %n event before it is intact</numerusform>
            <numerusform>audit chain: BROKEN at event {seq} ({reason}); %n events before it are intact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/integrity_text.py" line="80"/>
        <source>evidence: OK, %n stored item(s) match their SHA-256</source>
        <translation>
            <numerusform>evidence: OK, %n stored item matches its SHA-256</numerusform>
            <numerusform>evidence: OK, %n stored items match their SHA-256</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/interviews_tab.py" line="120"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/letters/letter_editor.py" line="282"/>
        <source>printed or saved as PDF %n time(s)</source>
        <translation>
            <numerusform>printed or saved as PDF once</numerusform>
            <numerusform>printed or saved as PDF %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case_file/password_fields.py" line="79"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenQuestions</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="198"/>
        <source>All %n question(s) were open</source>
        <translation>
            <numerusform>Your question was open</numerusform>
            <numerusform>All %n questions were open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/interview/question_check.py" line="200"/>
        <source>Open questions: {open} of %n</source>
        <translation>
            <numerusform>Open questions: {open} of %n</numerusform>
            <numerusform>Open questions: {open} of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/common/print_preview.py" line="119"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReopenQuestion</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/case_closing.py" line="194"/>
        <source>&amp;Open again the %n task(s) that closing marked not applicable</source>
        <translation>
            <numerusform>&amp;Open again the %n task that closing marked not applicable</numerusform>
            <numerusform>&amp;Open again the %n tasks that closing marked not applicable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreActions</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case_file/restore_actions.py" line="190"/>
        <source>This restored backup holds %n case(s) past the retention period or handed over: {numbers}. A case purged after the backup was made is back in this copy. Purge them again under Case &gt; Cases past retention…</source>
        <translation>
            <numerusform>This restored backup holds %n case past the retention period or handed over: {numbers}. A case purged after the backup was made is back in this copy. Purge them again under Case &gt; Cases past retention…</numerusform>
            <numerusform>This restored backup holds %n cases past the retention period or handed over: {numbers}. A case purged after the backup was made is back in this copy. Purge them again under Case &gt; Cases past retention…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingLine</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case/waiting_line.py" line="95"/>
        <source>%n file(s) still wait for the question about minors ({numbers}): answer them on the Evidence tab, where they are marked.</source>
        <translation>
            <numerusform>%n file still waits for the question about minors ({numbers}): answer it on the Evidence tab, where it is marked.</numerusform>
            <numerusform>%n files still wait for the question about minors ({numbers}): answer them on the Evidence tab, where they are marked.</numerusform>
        </translation>
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
</TS>
