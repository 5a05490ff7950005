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
</context>
<context>
    <name>CaseStudiesView</name>
    <message>
        <source>The notes of “{0}” were also changed elsewhere (another window or a briefing-app command). Your text is kept; the other version is in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to save: the database is busy (a sync is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are still waiting to be saved (a sync is using the database): restore the revision once they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStudyForm</name>
    <message>
        <source>Not saved yet: your edits are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… the database is busy (a sync is running); your edits are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>★ Your favourites</source>
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
    <name>DayTimeline</name>
    <message>
        <source>Today, or the nearest day with sessions when today has none (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this day is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions today; showing {day}, the nearest day with sessions.</source>
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
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedListModel</name>
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
        <source>With my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sessions with my questions</source>
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
    <name>MainWindow</name>
    <message>
        <source>Everything the app keeps is in &lt;code&gt;{folder}&lt;/code&gt;: the database (&lt;nobr&gt;&lt;code&gt;{name}&lt;/code&gt;&lt;/nobr&gt;), the live agenda file, cached photos and, when the folder was chosen with &lt;code&gt;{option}&lt;/code&gt;, the logs. Back it up by copying the folder while the app is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
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
        <source>Export follow-&amp;ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import follo&amp;w-ups…</source>
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
        <source>My &amp;attendance…</source>
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
        <source>Wrote the briefing pack to {0}</source>
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
        <source>Saving… the database is busy (a sync is running); your text is kept</source>
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
    <name>PrereadsDialog</name>
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
    <name>SafeLinks</name>
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
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no series)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailPanel</name>
    <message>
        <source>Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give feedback on the session</source>
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
        <source>Could not save the reminder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {0}: no application to open it</source>
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
    <name>SessionsTab</name>
    <message>
        <source>Search sessions, presenters, case studies, notes, questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is in most sessions, so they are listed by time. Type more to see the best matches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing coming up · {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}+ sessions shown</source>
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
        <source>Hide tracks and rooms</source>
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
    <name>model</name>
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
    <name>window</name>
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
        <source>Choose time zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes once the current task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
