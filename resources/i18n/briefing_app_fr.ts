<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add your event&apos;s feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address of your event&apos;s schedule, or choose a file you downloaded. Briefing Companion reads {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or a file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed address or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a feed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is followed: each sync reads it again for changes, from the web or from the file where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {location}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the feed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>⚠ Overlaps {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>My agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my agenda to a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live agenda file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agenda is empty. Mark sessions with ☆ in the session list (or press Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · ⚠ %n overlaps with another</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · ⚠ %n overlap with another</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar apps can subscribe to the live agenda file, kept current after every sync and change: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing Companion: my agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event to {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Briefing Companion cannot start:

{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>My attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer only; never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join records each time you join; mark a session to say you attended or not. Hours are each session&apos;s scheduled length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this record is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions joined or marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet: press Join on a session, or mark one attended with the buttons below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per series (sessions attended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;not attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget your mark; the joins decide again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your attendance: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the session: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (removed from its feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>My agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the briefing pack was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">Séances</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (your time zone), and each event&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIEFING PACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Briefing Companion. Links in this pack open in your browser when the PDF is read on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (removed from the feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ in your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · kept offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No materials published for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page device could not be opened for painting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new page could not be started (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleConflictDialog</name>
    <message>
        <source>Your copy is newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” was changed here after the bundle&apos;s version of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours: {0}
The bundle&apos;s: {1}

Overwrite replaces your text with the bundle&apos;s (your notes&apos; earlier versions stay in History). Keep both imports the bundle as a separate case study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite my copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStudies</name>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{0} (no longer in the store)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStudiesView</name>
    <message>
        <source>Untitled case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search case studies and your notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a case study of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a case study exported as a .zip bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization and last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case study as a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this case study with its notes, history and files as one .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes of “{0}” were also changed elsewhere (another window or a briefing-app command). Your text is kept; the other version is in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the case studies: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match for “{0}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches for “{0}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case study</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case studies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n of your own</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this case study with its notes and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed&apos;s case study cannot be deleted; revert your edits in Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case studies match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case study selected.
Press New to start one of your own, or Import bundle… to open one someone sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to save: the database is busy (a sync is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}” with its notes, their history and its materials?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export it as a bundle first if you may want it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the case study: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are still waiting to be saved (a sync is using the database): restore the revision once they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the notes as they were; the text they replaced is kept in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported as a new case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated from the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by the bundle&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported beside your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n note revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n note revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” (#{1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} with {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %n linked session or presenter is not in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %n linked sessions or presenters are not in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the file operation in progress to finish (or cancel it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-study bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the case study to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a case-study bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-study bundles (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the case study: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import {0}: {1}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of {0} cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStudyForm</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the case study is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem it addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. permits, digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this case study comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept feed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your edits, now on top of the feed&apos;s new version (the warning goes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop all your edits: show the feed&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: your edits are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own case study: everything here is yours to change. Changes are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the feed “{0}”. The feed&apos;s text stays as it is: your edits are kept beside it, and syncs never overwrite them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The feed no longer lists this case study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> You edited %n field.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> You edited %n fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The feed changed {0} since your edits. Compare with the feed&apos;s version under each field, then accept it (keep your edits) or revert to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… the database is busy (a sync is running); your edits are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the case study: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revert to the feed&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted to the feed&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not accept the feed&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits now sit on the feed&apos;s new version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>%n new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n retitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n with presenter changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the feed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenters changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept material updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not modified since the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %n session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %n sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone {0} inferred from the city &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n older version of events you have ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n older versions of events you have ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n event already in the store (exported by this app; no copies made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n events already in the store (exported by this app; no copies made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n session of your exported agenda starred again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n sessions of your exported agenda starred again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (was {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (room: {0} → {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (was “{0}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the feed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Summary of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>★ %n of your favourites changed (listed first).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of your favourites changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (★ %n of your favourites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0} (change it in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything is up to date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>

Details are in the log file:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside {0} ({1}: {2}). Your data is safe: every change is saved as it is made.{3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Briefing Companion: the database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup puts back the copy made {when} ({kind}); the damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup yet to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed. Recover copies everything that can still be read into a new database and keeps the damaged file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows could not be read and are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the database. {state} The damaged file is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup {backup}. The damaged file is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCanvas</name>
    <message>
        <source>Day timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (Left, Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Right, Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, or the nearest day with sessions when today has none (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this day is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {0} (your choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {0} (event time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {0} (your time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions today; showing {day}, the nearest day with sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Day {0} of {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} in %n room</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} in %n rooms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} in %n track</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} in %n tracks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}. Up and Down move between sessions, Enter opens one, Left and Right change the day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agenda ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions the list shows ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reminder {0} before each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reminder 10 minutes before each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reminders to the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar apps import the file as events that later exports update or cancel (they keep the same identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to an .ics calendar file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing Companion: my agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}: {1}. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedListModel</name>
    <message>
        <source>{0} (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · synced {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone {zone}, inferred from the city “{place}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone {zone}, chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone {zone}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sessions with my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>pretalx, frab XML, iCalendar (.ics) or a briefing feed (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds (*.json *.xml *.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar invites (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample series from {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an .ics invite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your event to get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your event&apos;s feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your event&apos;s feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address or a file: {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an .ics invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an .ics invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is coming up. The sessions that came with the app, “{name}”, are a sample series from {years}, and all of them are past. Add your event&apos;s schedule to see what is next, mark favourites, get reminders and add sessions to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the {years} sample sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sessions yet. Add your event&apos;s schedule to see what is next, mark favourites, get reminders and add sessions to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a presenter of the linked session, or type any name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 (medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">Séances</translation>
    </message>
    <message>
        <source>Not linked to a session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupModel</name>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due this week (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Later (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No due date (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">Séances</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 (medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupsView</name>
    <message>
        <source>Filter follow-ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter follow-ups by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every follow-up as .ics (to-dos) or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update follow-ups from an .ics file of to-dos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups yet. Add one here, or from a session&apos;s details (Add follow-up…) to link it to that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar to-dos (*.ics);;Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HiddenControls</name>
    <message>
        <source>Hidden tracks and rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks and rooms you hid: choose one to show it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show track “{name}” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show room “{name}” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this track (“{name}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this room (“{name}”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HiddenPicker</name>
    <message>
        <source>Hidden tracks and rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of a checked track or room are left out everywhere in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None hidden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none in the feeds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Note revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this revision&apos;s text your notes again (saved as a new revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revisions (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revisions yet: every save of your notes keeps one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at most two revisions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the save of {0} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the save of {0} changed (the first revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no differences)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Recording of the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocaleText</name>
    <message>
        <source>ddd dd MMM yyyy</source>
        <comment>date format of a day (QDate::toString pattern)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format of a day in a sentence (QDate pattern)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format of a day heading (QDate::toString pattern)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <comment>date format of a day this year (QDate::toString pattern)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>a day, a time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Everything the app keeps is in {0}: the database ({1}), the live agenda file, cached photos and, when the folder was chosen with --data-dir, the logs. Back it up by copying the folder while the app is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the app keeps is in &lt;code&gt;{folder}&lt;/code&gt;: the database (&lt;nobr&gt;&lt;code&gt;{name}&lt;/code&gt;&lt;/nobr&gt;), the live agenda file, cached photos and, when the folder was chosen with &lt;code&gt;{option}&lt;/code&gt;, the logs. Back it up by copying the folder while the app is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where my data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live agenda file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your favourites are kept in this calendar file, rewritten after every sync and every change to your favourites. Subscribe to it from your calendar app to follow changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;An offline companion for briefing series.&lt;br&gt;&lt;br&gt;Your data: {2}&lt;br&gt;Live agenda file: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where my &amp;data lives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live agenda file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now &amp;&amp; next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Could not search: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the changes made elsewhere: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note was also changed elsewhere (another window or a briefing-app command). Your text is saved; the other version is in the note&apos;s History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed elsewhere (another window or a briefing-app command) and now shows that text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed added: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import feed or invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download pre-reads for my agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export briefing &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import case-study &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case stud&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export follow-&amp;ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import follo&amp;w-ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Mark &amp;attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;not attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;past sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record that you joined: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the session: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change your favourites: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the live agenda file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… (the database is busy: a sync is running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your note: {0}. Your text is kept in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved questions from {0}{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored an unsaved note from {0}{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0} unsaved notes and edits, the last from {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the note written meanwhile{0} is in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} notes were written meanwhile: those versions are in their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event to {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the briefing pack to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a feed or invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds and invites (*.json *.xml *.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import m&amp;y data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My data (*{0});;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported my data to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export your data: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My data (*{0});;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-reads: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the offline copy: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing {0}: fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing {0}: parsing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing {0}: applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose time zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync could not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local feeds only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync could not reach the feeds; you are browsing the offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync reached the feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 session from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} sessions from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to import from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes once the current task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message>
        <source>{0} (click to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to edit (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: it has no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: the address is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: “{0}:” addresses never open; only web links (http, https) and copies kept by the app do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is kept offline: it opens without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last download failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialsPane</name>
    <message>
        <source>Waiting to save: the database is busy (a sync is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No materials yet.
Drop files here, or use Attach file… (up to {0} each) or Add link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a file into the case study (up to {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the system&apos;s application (or the browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are copied into the app&apos;s data folder (stored once, up to {0} each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to the case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a file (folders cannot be attached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not attach {0}: the file is not there any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not attach {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attaching {0} (%n more waiting)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attaching {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching {0} was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attaching {0} was cancelled; nothing was added (and %n waiting file skipped).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attaching {0} was cancelled; nothing was added (and %n waiting files skipped).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opening {0}: only web and mail links open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the material: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{0}” from the case study.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialsSection</name>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected material; links that cannot be opened say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected material offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every material of this session offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Materials (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: {0} is a “{1}” file, which could run a program; only documents, images, audio and video open from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the kept copy of {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {0}: no application to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDataImportDialog</name>
    <message>
        <source>Import my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is duplicated or lost: where both sides changed an item, the newer wins and the other is kept (a note&apos;s history, or a copy beside it). Items for sessions this computer does not have yet wait until a sync brings them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was exported on {1} by Briefing Companion {2}. It holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}. What it did:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}: everything in it was here already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <source>Earlier versions of my note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a note is written from two places (this window and another, or a briefing-app command), the text that was replaced is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this text the note again; the current text is kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the note&apos;s history: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written elsewhere while you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced from another window or a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by restoring an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore that version: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring… (the database is busy: a sync is running)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Notes (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes in Markdown: # headings, **bold**, - lists, [links](https://…).
They are saved as you type, with every version kept in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview of your notes shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;kdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also changed elsewhere: that version is in History; your text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… the database is busy (a sync is running); your text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}. Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your notes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NowNextModel</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts in {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NowNextView</name>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in session list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On now (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is on right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, from {time} (in {wait})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {zone} (your time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining opens 15 minutes before the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>Search organizations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenters of this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case studies of this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in session list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the session list by this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organization</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No organization matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feeds name no organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization is no longer in any feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} of {series}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Presenters (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case studies (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Initials of {name} (no logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This website address cannot be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Print briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>My agenda (%n session)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My agenda (%n sessions)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions starting from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star the sessions you will attend: they make your agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable pack: a cover, the contents with page numbers, and for each session its times (the event&apos;s and yours), the join link, the abstract, the presenters, case studies, materials, and your notes and questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sessions for the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the briefing pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page to {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pages to {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the briefing pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the briefing pack: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>the photo is too big ({0}×{1} pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cached photo {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrereadsDialog</name>
    <message>
        <source>no materials to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, total size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download pre-reads for my agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every material of every session on your agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the total size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no materials to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To download: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {0}. What finished is kept; a next download resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentersView</name>
    <message>
        <source>{0} (removed from the feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No biography in the feed.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search presenters (name, title, organization, biography)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of this presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n presenter matches “{0}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presenters match “{0}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No presenters match “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n presenter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presenters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No presenters yet. Import a feed that lists speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This presenter is no longer in any feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · removed from the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials of {0} (no photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo unavailable: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was answered (for you; optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question {0}: {1}. {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsSection</name>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move a question, F2 edits it here, Enter edits it in full, Delete deletes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the unasked questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the questions not asked yet on the clipboard, numbered, for a Q&amp;A box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question and press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the deleted question back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>My questions (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the question: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the question: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the questions kept from last time: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the question: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the question: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the question: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the question back: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unasked questions to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n question for the Q&amp;A box.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n questions for the Q&amp;A box.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving… (the database is busy: a sync is running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss all reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more reminder</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more reminders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderListModel</name>
    <message>
        <source>Follow-up due {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <source>%n sessions starting soon</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>due in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {0} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started {0} ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message numerus="yes">
        <source>%n word</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeLinks</name>
    <message>
        <source>a “{0}:” link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: {url} is {kind}. Only web (http, https) and e-mail (mailto) links open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: {url} names no web site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: {url} is not a plain web or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesHoursModel</name>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">Séances</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no series)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>~~{0}~~ (removed from the feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~~{0}~~ (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**When:** {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Your time:** {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ **In your favourites**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### My notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailPanel</name>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Add to my agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the session online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give feedback on the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to remind you of this session (favourites only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When joining opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes on this session (saved as you type)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of my note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of this note that were replaced by a write from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up linked to this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes (changed elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes (earlier version restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ In my agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the reminder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining opens 15 minutes before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {0}: no application to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes (saved; the other version is in History)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes (not saved: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes (saving… the database is busy: a sync is running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes (not saved yet: your text is kept here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>No track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday · {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message numerus="yes">
        <source>{0}  ·  %n session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}  ·  %n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Space to remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Space to add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">Séances</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions, presenters, case studies, notes, questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show past sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by (or click a column header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upcoming sessions match “{0}”; these are past ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upcoming sessions. These are the most recent ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is in most sessions, so they are listed by time. Type more to see the best matches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Use File › Import feed… to load a feed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing coming up · {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count}+ sessions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are looking at the &lt;b&gt;{label}&lt;/b&gt; that comes with the app. &lt;a href=&apos;add-feed&apos;&gt;Add your event&apos;s feed…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the feed&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download time limit in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed or photo download that has not finished after this long, retries included, is stopped as stalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest feed to download, in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed larger than this is refused before it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest material Keep offline downloads, in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slide deck, recording or pre-read larger than this is not kept offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync all feeds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder lead time in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a download after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse feeds larger than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep offline files up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide tracks and rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (https://…) or path of a feed file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which time zone are its times in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location} gives its times as local times but does not say in which time zone, and its place does not tell. Choose the event&apos;s time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: the feed needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the feed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feed names its own time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the time zone of a feed that does not name its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {how}. Choose the time zone its times are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time zone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to save: the database is busy (a sync is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} now uses {zone}; syncing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove {0}? %n favourite(s), note(s), question(s) or reminder(s) of yours on its sessions go with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove the feed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <source>&amp;Copy session as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy session as &amp;invite (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session as invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the session as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n sessions as text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the session as an invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n sessions as an invite.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the invite: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the session to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n sessions to {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>No room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">Séances</translation>
    </message>
    <message>
        <source>Event time: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ In your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonePickerDialog</name>
    <message>
        <source>Choose the time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter, e.g. Brussels or New York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} gives its times as local times but does not say in which time zone, and its place does not tell. Choose the event&apos;s time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which time zone are the times of {name} in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {name} needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ChoiceList</name>
    <message>
        <source>Filter {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the {0} this case study belongs to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FieldBlock</name>
    <message>
        <source>{0}: state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the feed changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↺ Use the feed&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the feed&apos;s {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your edit of this field and show the feed&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed&apos;s version: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReminderRow</name>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this session in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: {0}, {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
