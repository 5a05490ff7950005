<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add your event&apos;s feed</source>
        <translation>Ajouter le flux de votre événement</translation>
    </message>
    <message>
        <source>Paste the address of your event&apos;s schedule, or choose a file you downloaded. Briefing Companion reads {formats}.</source>
        <translation>Collez l’adresse de l’horaire de votre événement, ou choisissez un fichier téléchargé. Briefing Companion lit {formats}.</translation>
    </message>
    <message>
        <source>https://… or a file on this computer</source>
        <translation>https://… ou un fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Feed address or file</source>
        <translation>Adresse ou fichier du flux</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a feed file</source>
        <translation>Choisir un fichier de flux</translation>
    </message>
    <message>
        <source>The feed is followed: each sync reads it again for changes, from the web or from the file where it is now.</source>
        <translation>Le flux est suivi&#xa0;: chaque synchronisation le relit pour y trouver les changements, sur le Web ou dans le fichier où il se trouve.</translation>
    </message>
    <message>
        <source>Adding the feed</source>
        <translation>Ajout du flux</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Ajouter le flux</translation>
    </message>
    <message>
        <source>Adding {location}…</source>
        <translation>Ajout de {location}…</translation>
    </message>
    <message>
        <source>Could not add the feed: {error}</source>
        <translation>Impossible d’ajouter le flux&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message numerus="yes">
        <source>%n more in tracks or rooms you hid (exported all the same)</source>
        <translation>
            <numerusform>%n autre dans des volets ou des salles que vous avez masqués (exportée quand même)</numerusform>
            <numerusform>%n autres dans des volets ou des salles que vous avez masqués (exportées quand même)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceButton</name>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Your attendance record (kept on this computer only): mark it here</source>
        <translation>Votre registre de présences (conservé sur cet ordinateur seulement)&#xa0;: indiquez-la ici</translation>
    </message>
    <message>
        <source>Mark &amp;attended</source>
        <translation>Marquer comme &amp;suivie</translation>
    </message>
    <message>
        <source>Mark &amp;not attended</source>
        <translation>Marquer comme &amp;non suivie</translation>
    </message>
    <message>
        <source>&amp;Clear my mark</source>
        <translation>&amp;Effacer ma marque</translation>
    </message>
    <message>
        <source>Back to what your joins say</source>
        <translation>Revenir à ce que disent vos connexions</translation>
    </message>
    <message>
        <source>Attended (marked)</source>
        <translation>Suivie (marquée)</translation>
    </message>
    <message>
        <source>Not attended (marked)</source>
        <translation>Non suivie (marquée)</translation>
    </message>
    <message>
        <source>Attended (you joined)</source>
        <translation>Suivie (vous l’avez rejointe)</translation>
    </message>
    <message>
        <source>Attendance: not recorded</source>
        <translation>Présence&#xa0;: non notée</translation>
    </message>
    <message>
        <source>Could not mark the session: {0}</source>
        <translation>Impossible de marquer la séance&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>My attendance</source>
        <translation>Mes présences</translation>
    </message>
    <message>
        <source>Kept on this computer only; never sent.</source>
        <translation>Conservé sur cet ordinateur seulement; jamais envoyé.</translation>
    </message>
    <message>
        <source>Join records each time you join; mark a session to say you attended or not. Hours are each session&apos;s scheduled length.</source>
        <translation>Rejoindre note chaque fois que vous rejoignez une séance; marquez une séance pour indiquer si vous y avez assisté ou non. Les heures sont la durée prévue de chaque séance.</translation>
    </message>
    <message>
        <source>Where this record is kept</source>
        <translation>Où ce registre est conservé</translation>
    </message>
    <message>
        <source>Sessions joined or marked</source>
        <translation>Séances rejointes ou marquées</translation>
    </message>
    <message>
        <source>Nothing here yet: press Join on a session, or mark one attended with the buttons below.</source>
        <translation>Rien pour l’instant&#xa0;: appuyez sur Rejoindre dans une séance, ou marquez-en une comme suivie avec les boutons ci-dessous.</translation>
    </message>
    <message>
        <source>Hours per series</source>
        <translation>Heures par série</translation>
    </message>
    <message>
        <source>Hours per series (sessions attended)</source>
        <translation>Heures par série (séances suivies)</translation>
    </message>
    <message>
        <source>Mark &amp;attended</source>
        <translation>Marquer comme &amp;suivie</translation>
    </message>
    <message>
        <source>Mark &amp;not attended</source>
        <translation>Marquer comme &amp;non suivie</translation>
    </message>
    <message>
        <source>&amp;Clear mark</source>
        <translation>&amp;Effacer la marque</translation>
    </message>
    <message>
        <source>Forget your mark; the joins decide again</source>
        <translation>Oublier votre marque; les connexions décident de nouveau</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Could not read your attendance: {0}</source>
        <translation>Impossible de lire vos présences&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not mark the session: {0}</source>
        <translation>Impossible de marquer la séance&#xa0;: {0}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export my attendance</source>
        <translation>Exporter mes présences</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source> (removed from its feed)</source>
        <translation> (retirée de son flux)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>rejointe</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>marquée</translation>
    </message>
</context>
<context>
    <name>CaseStudiesView</name>
    <message>
        <source>The notes of “{0}” were also changed elsewhere (another window or a briefing-app command). Your text is kept; the other version is in History.</source>
        <translation>Les notes de «&#xa0;{0}&#xa0;» ont aussi été modifiées ailleurs (une autre fenêtre ou une commande briefing-app). Votre texte est conservé; l’autre version est dans l’historique.</translation>
    </message>
    <message>
        <source>Waiting to save: the database is busy (a sync is running).</source>
        <translation>En attente d’enregistrement&#xa0;: la base de données est occupée (une synchronisation est en cours).</translation>
    </message>
    <message>
        <source>Your notes are still waiting to be saved (a sync is using the database): restore the revision once they are.</source>
        <translation>Vos notes attendent encore d’être enregistrées (une synchronisation utilise la base de données)&#xa0;: restaurez la révision une fois qu’elles le seront.</translation>
    </message>
</context>
<context>
    <name>CaseStudyForm</name>
    <message>
        <source>Not saved yet: your edits are still here.</source>
        <translation>Pas encore enregistré&#xa0;: vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Saving… the database is busy (a sync is running); your edits are kept</source>
        <translation>Enregistrement… la base de données est occupée (une synchronisation est en cours); vos modifications sont conservées</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>★ Your favourites</source>
        <translation>★ Vos favoris</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Briefing Companion: the database is damaged</source>
        <translation>Briefing Companion&#xa0;: la base de données est endommagée</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}).</source>
        <translation>La base de données {path} est endommagée ({detail}).</translation>
    </message>
    <message>
        <source>Restore backup puts back the copy made {when} ({kind}); the damaged file is kept beside it.</source>
        <translation>Restaurer la sauvegarde remet la copie faite {when} ({kind}); le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <source>There is no automatic backup yet to restore.</source>
        <translation>Il n’y a pas encore de sauvegarde automatique à restaurer.</translation>
    </message>
    <message>
        <source>Nothing has been changed. Recover copies everything that can still be read into a new database and keeps the damaged file beside it.</source>
        <translation>Rien n’a été modifié. Récupérer copie tout ce qui peut encore être lu dans une nouvelle base de données et conserve le fichier endommagé à côté.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Everything could be read.</source>
        <translation>Tout a pu être lu.</translation>
    </message>
    <message>
        <source>Some rows could not be read and are missing.</source>
        <translation>Certaines lignes n’ont pas pu être lues et manquent.</translation>
    </message>
    <message>
        <source>Recovered the database. {state} The damaged file is kept as {kept}.</source>
        <translation>Base de données récupérée. {state} Le fichier endommagé est conservé sous {kept}.</translation>
    </message>
    <message>
        <source>Restored the backup {backup}. The damaged file is kept as {kept}.</source>
        <translation>Sauvegarde {backup} restaurée. Le fichier endommagé est conservé sous {kept}.</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Today, or the nearest day with sessions when today has none (Home)</source>
        <translation>Aujourd’hui, ou le jour le plus proche qui a des séances quand aujourd’hui n’en a pas (Origine)</translation>
    </message>
    <message>
        <source>Why this day is shown</source>
        <translation>Pourquoi ce jour est affiché</translation>
    </message>
    <message>
        <source>No sessions today; showing {day}, the nearest day with sessions.</source>
        <translation>Aucune séance aujourd’hui; affichage du {day}, le jour le plus proche qui a des séances.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers le calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
</context>
<context>
    <name>FeedListModel</name>
    <message>
        <source>Time zone {zone}, inferred from the city “{place}”</source>
        <translation>Fuseau horaire {zone}, déduit de la ville «&#xa0;{place}&#xa0;»</translation>
    </message>
    <message>
        <source>Time zone {zone}, chosen by you</source>
        <translation>Fuseau horaire {zone}, choisi par vous</translation>
    </message>
    <message>
        <source>Time zone {zone}</source>
        <translation>Fuseau horaire {zone}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>With my questions</source>
        <translation>Avec mes questions</translation>
    </message>
    <message>
        <source>Show only sessions with my questions</source>
        <translation>Afficher seulement les séances où j’ai des questions</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Get started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>The sessions shown</source>
        <translation>Les séances affichées</translation>
    </message>
    <message>
        <source>Add your event to get started</source>
        <translation>Ajoutez votre événement pour commencer</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <source>Add your event&apos;s feed…</source>
        <translation>Ajouter le flux de votre événement…</translation>
    </message>
    <message>
        <source>Add your event&apos;s feed</source>
        <translation>Ajouter le flux de votre événement</translation>
    </message>
    <message>
        <source>An address or a file: {formats}.</source>
        <translation>Une adresse ou un fichier&#xa0;: {formats}.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Open an .ics invite…</source>
        <translation>Ouvrir une invitation .ics…</translation>
    </message>
    <message>
        <source>Open an .ics invite</source>
        <translation>Ouvrir une invitation .ics</translation>
    </message>
    <message>
        <source>Nothing is coming up. The sessions that came with the app, “{name}”, are a sample series from {years}, and all of them are past. Add your event&apos;s schedule to see what is next, mark favourites, get reminders and add sessions to your calendar.</source>
        <translation>Rien n’est à venir. Les séances fournies avec l’application, «&#xa0;{name}&#xa0;», sont une série d’exemple de {years}, et elles sont toutes passées. Ajoutez l’horaire de votre événement pour voir ce qui s’en vient, marquer des favoris, recevoir des rappels et ajouter des séances à votre calendrier.</translation>
    </message>
    <message>
        <source>Show the {years} sample sessions</source>
        <translation>Afficher les séances d’exemple de {years}</translation>
    </message>
    <message>
        <source>There are no sessions yet. Add your event&apos;s schedule to see what is next, mark favourites, get reminders and add sessions to your calendar.</source>
        <translation>Il n’y a encore aucune séance. Ajoutez l’horaire de votre événement pour voir ce qui s’en vient, marquer des favoris, recevoir des rappels et ajouter des séances à votre calendrier.</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui est à faire</translation>
    </message>
    <message>
        <source>What is to be done…</source>
        <translation>Ce qui est à faire…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Pick a presenter of the linked session, or type any name</source>
        <translation>Choisissez un présentateur de la séance liée, ou tapez un nom</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Heure d’échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>1 (high)</source>
        <translation>1 (haute)</translation>
    </message>
    <message>
        <source>5 (medium)</source>
        <translation>5 (moyenne)</translation>
    </message>
    <message>
        <source>9 (low)</source>
        <translation>9 (basse)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Linked sessions</source>
        <translation>Séances liées</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Not linked to a session.</source>
        <translation>Lié à aucune séance.</translation>
    </message>
    <message>
        <source>&amp;Use this version</source>
        <translation>&amp;Utiliser cette version</translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (%n earlier version)</source>
        <translation>
            <numerusform>&amp;Historique (%n version antérieure)</numerusform>
            <numerusform>&amp;Historique (%n versions antérieures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (%n earlier versions)</source>
        <translation>
            <numerusform>&amp;Historique (%n version antérieure)</numerusform>
            <numerusform>&amp;Historique (%n versions antérieures)</numerusform>
        </translation>
    </message>
    <message>
        <source>What edits and imports replaced: nothing is lost</source>
        <translation>Ce que les modifications et les importations ont remplacé&#xa0;: rien n’est perdu</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions antérieures</translation>
    </message>
    <message>
        <source>The chosen version&apos;s text</source>
        <translation>Le texte de la version choisie</translation>
    </message>
    <message>
        <source>The chosen version&apos;s owner and due date</source>
        <translation>Le responsable et l’échéance de la version choisie</translation>
    </message>
    <message>
        <source>Use the chosen version</source>
        <translation>Utiliser la version choisie</translation>
    </message>
    <message>
        <source>Its text, owner and due date go back in the form; Save keeps the current ones</source>
        <translation>Son texte, son responsable et son échéance reviennent dans le formulaire; Enregistrer garde les valeurs actuelles</translation>
    </message>
    <message>
        <source>{when}, replaced by an import: {text}</source>
        <translation>{when}, remplacée par une importation&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{when}, replaced by an edit: {text}</source>
        <translation>{when}, remplacée par une modification&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Due: {when}</source>
        <translation>Échéance&#xa0;: {when}</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Aucune échéance</translation>
    </message>
</context>
<context>
    <name>FollowupModel</name>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>En retard (%n)</numerusform>
            <numerusform>En retard (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due this week (%n)</source>
        <translation>
            <numerusform>Cette semaine (%n)</numerusform>
            <numerusform>Cette semaine (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Later (%n)</source>
        <translation>
            <numerusform>Plus tard (%n)</numerusform>
            <numerusform>Plus tard (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No due date (%n)</source>
        <translation>
            <numerusform>Sans échéance (%n)</numerusform>
            <numerusform>Sans échéance (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (%n)</source>
        <translation>
            <numerusform>Faits (%n)</numerusform>
            <numerusform>Faits (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation> (retirée)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
</context>
<context>
    <name>FollowupsView</name>
    <message>
        <source>Filter follow-ups…</source>
        <translation>Filtrer les suivis…</translation>
    </message>
    <message>
        <source>Filter follow-ups by text</source>
        <translation>Filtrer les suivis par texte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open and done</source>
        <translation>Ouverts et faits</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Ajouter un suivi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Show session</source>
        <translation>Afficher la séance</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save every follow-up as .ics (to-dos) or .csv</source>
        <translation>Enregistrer tous les suivis en .ics (tâches) ou en .csv</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add or update follow-ups from an .ics file of to-dos</source>
        <translation>Ajouter ou mettre à jour des suivis à partir d’un fichier .ics de tâches</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>No follow-ups yet. Add one here, or from a session&apos;s details (Add follow-up…) to link it to that session.</source>
        <translation>Aucun suivi pour l’instant. Ajoutez-en un ici, ou depuis les détails d’une séance (Ajouter un suivi…) pour le lier à cette séance.</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tout responsable</translation>
    </message>
    <message>
        <source>Any session</source>
        <translation>Toute séance</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>The follow-up could not be added: %1</source>
        <translation>Le suivi n’a pas pu être ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be saved: %1</source>
        <translation>Le suivi n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be marked: %1</source>
        <translation>Le suivi n’a pas pu être marqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be removed: %1</source>
        <translation>Le suivi n’a pas pu être retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>Exporter les suivis</translation>
    </message>
    <message>
        <source>Calendar to-dos (*.ics);;Spreadsheet (*.csv)</source>
        <translation>Tâches de calendrier (*.ics);;Tableur (*.csv)</translation>
    </message>
    <message>
        <source>Import follow-ups</source>
        <translation>Importer des suivis</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s) to %1.</source>
        <translation>
            <numerusform>%n suivi exporté vers %1.</numerusform>
            <numerusform>%n suivis exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Importation&#xa0;: %1 ajoutés, %2 mis à jour, %3 inchangés.</translation>
    </message>
</context>
<context>
    <name>HiddenControls</name>
    <message>
        <source>Hidden tracks and rooms</source>
        <translation>Volets et salles masqués</translation>
    </message>
    <message>
        <source>Tracks and rooms you hid: choose one to show it again</source>
        <translation>Les volets et salles que vous avez masqués&#xa0;: choisissez-en un pour l’afficher de nouveau</translation>
    </message>
    <message>
        <source>Sessions left out by your hidden tracks and rooms</source>
        <translation>Séances exclues par vos volets et salles masqués</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n masqué</numerusform>
            <numerusform>%n masqués</numerusform>
        </translation>
    </message>
    <message>
        <source>Show track “{name}” again</source>
        <translation>Afficher de nouveau le volet «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Show room “{name}” again</source>
        <translation>Afficher de nouveau la salle «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Show all again</source>
        <translation>Tout afficher de nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n session hidden by the tracks and rooms you hid.</source>
        <translation>
            <numerusform>%n séance masquée par les volets et salles que vous avez masqués.</numerusform>
            <numerusform>%n séances masquées par les volets et salles que vous avez masqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions hidden by the tracks and rooms you hid.</source>
        <translation>
            <numerusform>%n séance masquée par les volets et salles que vous avez masqués.</numerusform>
            <numerusform>%n séances masquées par les volets et salles que vous avez masqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide this track (“{name}”)</source>
        <translation>Masquer ce volet («&#xa0;{name}&#xa0;»)</translation>
    </message>
    <message>
        <source>Hide this room (“{name}”)</source>
        <translation>Masquer cette salle («&#xa0;{name}&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>HiddenPicker</name>
    <message>
        <source>Hidden tracks and rooms</source>
        <translation>Volets et salles masqués</translation>
    </message>
    <message>
        <source>Sessions of a checked track or room are left out everywhere in the app.</source>
        <translation>Les séances d’un volet ou d’une salle cochés sont exclues partout dans l’application.</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden…</source>
        <translation>
            <numerusform>%n masqué…</numerusform>
            <numerusform>%n masqués…</numerusform>
        </translation>
    </message>
    <message>
        <source>None hidden…</source>
        <translation>Aucun masqué…</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>(none in the feeds)</source>
        <translation>(aucun dans les flux)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Everything the app keeps is in &lt;code&gt;{folder}&lt;/code&gt;: the database (&lt;nobr&gt;&lt;code&gt;{name}&lt;/code&gt;&lt;/nobr&gt;), the live agenda file, cached photos and, when the folder was chosen with &lt;code&gt;{option}&lt;/code&gt;, the logs. Back it up by copying the folder while the app is closed.</source>
        <translation>Tout ce que l’application conserve se trouve dans &lt;code&gt;{folder}&lt;/code&gt;&#xa0;: la base de données (&lt;nobr&gt;&lt;code&gt;{name}&lt;/code&gt;&lt;/nobr&gt;), le fichier d’agenda tenu à jour, les photos en cache et, quand le dossier a été choisi avec &lt;code&gt;{option}&lt;/code&gt;, les journaux. Sauvegardez-le en copiant le dossier pendant que l’application est fermée.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Your note was also changed elsewhere (another window or a briefing-app command). Your text is saved; the other version is in the note&apos;s History.</source>
        <translation>Votre note a aussi été modifiée ailleurs (une autre fenêtre ou une commande briefing-app). Votre texte est enregistré; l’autre version est dans l’historique de la note.</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Afficher l’historique</translation>
    </message>
    <message>
        <source>This note was changed elsewhere (another window or a briefing-app command) and now shows that text.</source>
        <translation>Cette note a été modifiée ailleurs (une autre fenêtre ou une commande briefing-app) et affiche maintenant ce texte.</translation>
    </message>
    <message>
        <source>Feed added: {summary}</source>
        <translation>Flux ajouté&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Feed added</source>
        <translation>Flux ajouté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Download pre-reads for my agenda…</source>
        <translation>&amp;Télécharger les lectures préalables de mon agenda…</translation>
    </message>
    <message>
        <source>Export briefing &amp;pack…</source>
        <translation>Exporter le dossier d’&amp;information…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Export follow-&amp;ups…</source>
        <translation>Exporter les s&amp;uivis…</translation>
    </message>
    <message>
        <source>Import follo&amp;w-ups…</source>
        <translation>Importer des suivi&amp;s…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Mark &amp;attended</source>
        <translation>Marquer comme &amp;suivie</translation>
    </message>
    <message>
        <source>Mark &amp;not attended</source>
        <translation>Marquer comme &amp;non suivie</translation>
    </message>
    <message>
        <source>&amp;Hidden tracks and rooms</source>
        <translation>Volets et salles &amp;masqués</translation>
    </message>
    <message>
        <source>My &amp;attendance…</source>
        <translation>Mes &amp;présences…</translation>
    </message>
    <message>
        <source>Marked attended.</source>
        <translation>Marquée comme suivie.</translation>
    </message>
    <message>
        <source>Marked not attended.</source>
        <translation>Marquée comme non suivie.</translation>
    </message>
    <message>
        <source>Saving… (the database is busy: a sync is running)</source>
        <translation>Enregistrement… (la base de données est occupée&#xa0;: une synchronisation est en cours)</translation>
    </message>
    <message>
        <source>Could not save your note: {0}. Your text is kept in the editor.</source>
        <translation>Impossible d’enregistrer votre note&#xa0;: {0}. Votre texte est conservé dans l’éditeur.</translation>
    </message>
    <message>
        <source>Restored unsaved questions from {0}{1}.</source>
        <translation>Questions non enregistrées du {0} restaurées{1}.</translation>
    </message>
    <message>
        <source>Restored an unsaved note from {0}{1}.</source>
        <translation>Note non enregistrée du {0} restaurée{1}.</translation>
    </message>
    <message>
        <source>Restored {0} unsaved notes and edits, the last from {1}.</source>
        <translation>{0} notes et modifications non enregistrées restaurées, la dernière du {1}.</translation>
    </message>
    <message>
        <source>; the note written meanwhile{0} is in its history.</source>
        <translation>; la note écrite entre-temps{0} est dans son historique.</translation>
    </message>
    <message>
        <source>{0} notes were written meanwhile: those versions are in their history.</source>
        <translation>{0} notes ont été écrites entre-temps&#xa0;: ces versions sont dans leur historique.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>, on “{0}”</source>
        <translation>, sur «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Wrote the briefing pack to {0}</source>
        <translation>Dossier d’information écrit dans {0}</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Pre-read</source>
        <translation>Lecture préalable</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation>Gardé hors ligne</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Non téléchargé</translation>
    </message>
    <message>
        <source>To download</source>
        <translation>À télécharger</translation>
    </message>
    <message>
        <source>Not opened: it has no address.</source>
        <translation>Non ouvert&#xa0;: il n’a pas d’adresse.</translation>
    </message>
    <message>
        <source>Not opened: the address is not a valid web address.</source>
        <translation>Non ouvert&#xa0;: l’adresse n’est pas une adresse Web valide.</translation>
    </message>
    <message>
        <source>Not opened: “{0}:” addresses never open; only web links (http, https) and copies kept by the app do.</source>
        <translation>Non ouvert&#xa0;: les adresses «&#xa0;{0}:&#xa0;» ne s’ouvrent jamais; seuls les liens Web (http, https) et les copies gardées par l’application s’ouvrent.</translation>
    </message>
    <message>
        <source>kept offline</source>
        <translation>gardé hors ligne</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(aucune adresse)</translation>
    </message>
    <message>
        <source>A copy is kept offline: it opens without a network.</source>
        <translation>Une copie est gardée hors ligne&#xa0;: elle s’ouvre sans réseau.</translation>
    </message>
    <message>
        <source>The last download failed: {0}</source>
        <translation>Le dernier téléchargement a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>MaterialsPane</name>
    <message>
        <source>Waiting to save: the database is busy (a sync is running).</source>
        <translation>En attente d’enregistrement&#xa0;: la base de données est occupée (une synchronisation est en cours).</translation>
    </message>
</context>
<context>
    <name>MaterialsSection</name>
    <message>
        <source>Materials</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Materials of this session</source>
        <translation>Documents de cette séance</translation>
    </message>
    <message>
        <source>Enter opens the selected material; links that cannot be opened say why.</source>
        <translation>Entrée ouvre le document choisi; les liens qui ne peuvent pas s’ouvrir disent pourquoi.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected material</source>
        <translation>Ouvrir le document choisi</translation>
    </message>
    <message>
        <source>Selected material</source>
        <translation>Document choisi</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Garder hors ligne</translation>
    </message>
    <message>
        <source>Keep the selected material offline</source>
        <translation>Garder le document choisi hors ligne</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Tout garder hors ligne</translation>
    </message>
    <message>
        <source>Keep every material of this session offline</source>
        <translation>Garder tous les documents de cette séance hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Materials (%n)</source>
        <translation>
            <numerusform>Documents (%n)</numerusform>
            <numerusform>Documents (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove offline copy</source>
        <translation>Retirer la copie hors ligne</translation>
    </message>
    <message>
        <source>Not opened: {0} is a “{1}” file, which could run a program; only documents, images, audio and video open from here.</source>
        <translation>Non ouvert&#xa0;: {0} est un fichier «&#xa0;{1}&#xa0;», qui pourrait lancer un programme; seuls les documents, images, fichiers audio et vidéo s’ouvrent d’ici.</translation>
    </message>
    <message>
        <source>Could not open the kept copy of {0}: {1}</source>
        <translation>Impossible d’ouvrir la copie gardée de {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Could not open {0}: no application to open it</source>
        <translation>Impossible d’ouvrir {0}&#xa0;: aucune application pour l’ouvrir</translation>
    </message>
</context>
<context>
    <name>MyDataImportDialog</name>
    <message>
        <source>Import my data</source>
        <translation>Importer mes données</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Ce que contient le fichier</translation>
    </message>
    <message>
        <source>Nothing is duplicated or lost: where both sides changed an item, the newer wins and the other is kept (in the note&apos;s or follow-up&apos;s history, or as a second question beside it). Items for sessions this computer does not have yet wait until a sync brings them.</source>
        <translation>Rien n’est dupliqué ni perdu&#xa0;: quand un élément a changé des deux côtés, le plus récent l’emporte et l’autre est conservé (dans l’historique de la note ou du suivi, ou comme deuxième question à côté). Les éléments de séances que cet ordinateur n’a pas encore attendent qu’une synchronisation les apporte.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>{0} was exported on {1} by Briefing Companion {2}. It holds:</source>
        <translation>{0} a été exporté le {1} par Briefing Companion {2}. Il contient&#xa0;:</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
    <message>
        <source>Imported {0}. What it did:</source>
        <translation>{0} importé. Ce qui a été fait&#xa0;:</translation>
    </message>
    <message>
        <source>Imported {0}: everything in it was here already.</source>
        <translation>{0} importé&#xa0;: tout son contenu était déjà ici.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <source>Earlier versions of my note</source>
        <translation>Versions antérieures de ma note</translation>
    </message>
    <message>
        <source>When a note is written from two places (this window and another, or a briefing-app command), the text that was replaced is kept here.</source>
        <translation>Quand une note est écrite depuis deux endroits (cette fenêtre et une autre, ou une commande briefing-app), le texte remplacé est conservé ici.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions antérieures</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texte de la version choisie</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Make this text the note again; the current text is kept here</source>
        <translation>Refaire de ce texte la note; le texte actuel est conservé ici</translation>
    </message>
    <message>
        <source>Could not read the note&apos;s history: {0}</source>
        <translation>Impossible de lire l’historique de la note&#xa0;: {0}</translation>
    </message>
    <message>
        <source>written elsewhere while you typed</source>
        <translation>écrite ailleurs pendant que vous tapiez</translation>
    </message>
    <message>
        <source>replaced from another window or a command</source>
        <translation>remplacée depuis une autre fenêtre ou une commande</translation>
    </message>
    <message>
        <source>kept by Import my data</source>
        <translation>conservée par Importer mes données</translation>
    </message>
    <message>
        <source>replaced by restoring an earlier version</source>
        <translation>remplacée en restaurant une version antérieure</translation>
    </message>
    <message>
        <source>Could not restore that version: {0}</source>
        <translation>Impossible de restaurer cette version&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Restoring… (the database is busy: a sync is running)</source>
        <translation>Restauration… (la base de données est occupée&#xa0;: une synchronisation est en cours)</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Not saved yet: your text is still here.</source>
        <translation>Pas encore enregistré&#xa0;: votre texte est toujours là.</translation>
    </message>
    <message>
        <source>Also changed elsewhere: that version is in History; your text is kept</source>
        <translation>Aussi modifiée ailleurs&#xa0;: cette version est dans l’historique; votre texte est conservé</translation>
    </message>
    <message>
        <source>Updated from elsewhere</source>
        <translation>Mise à jour depuis ailleurs</translation>
    </message>
    <message>
        <source>Saving… the database is busy (a sync is running); your text is kept</source>
        <translation>Enregistrement… la base de données est occupée (une synchronisation est en cours); votre texte est conservé</translation>
    </message>
</context>
<context>
    <name>NowNextModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>ends in {time}</source>
        <translation>se termine dans {time}</translation>
    </message>
    <message>
        <source>starts in {time}</source>
        <translation>commence dans {time}</translation>
    </message>
</context>
<context>
    <name>NowNextView</name>
    <message>
        <source>On now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join the chosen session</source>
        <translation>Rejoindre la séance choisie</translation>
    </message>
    <message>
        <source>Show in session list</source>
        <translation>Afficher dans la liste des séances</translation>
    </message>
    <message numerus="yes">
        <source>On now (%n)</source>
        <translation>
            <numerusform>En cours (%n)</numerusform>
            <numerusform>En cours (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is on right now.</source>
        <translation>Rien n’est en cours en ce moment.</translation>
    </message>
    <message>
        <source>Next, from {time} (in {wait})</source>
        <translation>À venir, dès {time} (dans {wait})</translation>
    </message>
    <message>
        <source>Nothing else is planned.</source>
        <translation>Rien d’autre n’est prévu.</translation>
    </message>
    <message>
        <source>Times in {zone} (your time zone)</source>
        <translation>Heures en {zone} (votre fuseau horaire)</translation>
    </message>
    <message>
        <source>Joining opens 15 minutes before the start.</source>
        <translation>On peut rejoindre 15 minutes avant le début.</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>Search organizations…</source>
        <translation>Chercher des organisations…</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Chercher des organisations</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Number of organizations</source>
        <translation>Nombre d’organisations</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>Roles in series</source>
        <translation>Rôles dans les séries</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Presenters of this organization</source>
        <translation>Présentateurs de cette organisation</translation>
    </message>
    <message>
        <source>Case studies of this organization</source>
        <translation>Études de cas de cette organisation</translation>
    </message>
    <message>
        <source>Sessions of this organization</source>
        <translation>Séances de cette organisation</translation>
    </message>
    <message>
        <source>Show in session list</source>
        <translation>Afficher dans la liste des séances</translation>
    </message>
    <message>
        <source>Filter the session list by this organization</source>
        <translation>Filtrer la liste des séances par cette organisation</translation>
    </message>
    <message numerus="yes">
        <source>%n organization</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization matches.</source>
        <translation>Aucune organisation ne correspond.</translation>
    </message>
    <message>
        <source>The feeds name no organizations.</source>
        <translation>Les flux ne nomment aucune organisation.</translation>
    </message>
    <message>
        <source>This organization is no longer in any feed.</source>
        <translation>Cette organisation ne figure plus dans aucun flux.</translation>
    </message>
    <message>
        <source>{role} of {series}</source>
        <translation>{role} de {series}</translation>
    </message>
    <message numerus="yes">
        <source>Presenters (%n)</source>
        <translation>
            <numerusform>Présentateurs (%n)</numerusform>
            <numerusform>Présentateurs (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case studies (%n)</source>
        <translation>
            <numerusform>Études de cas (%n)</numerusform>
            <numerusform>Études de cas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions (%n)</source>
        <translation>
            <numerusform>Séances (%n)</numerusform>
            <numerusform>Séances (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Initials of {name} (no logo)</source>
        <translation>Initiales de {name} (aucun logo)</translation>
    </message>
    <message>
        <source>Logo of {name}</source>
        <translation>Logo de {name}</translation>
    </message>
    <message>
        <source>This website address cannot be opened safely.</source>
        <translation>Cette adresse de site Web ne peut pas être ouverte en toute sécurité.</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Print briefing pack</source>
        <translation>Imprimer le dossier d’information</translation>
    </message>
    <message>
        <source>Export briefing pack</source>
        <translation>Exporter le dossier d’information</translation>
    </message>
    <message>
        <source>This session: {0}</source>
        <translation>Cette séance&#xa0;: {0}</translation>
    </message>
    <message>
        <source>This session (none selected)</source>
        <translation>Cette séance (aucune choisie)</translation>
    </message>
    <message numerus="yes">
        <source>My agenda (%n session)</source>
        <translation>
            <numerusform>Mon agenda (%n séance)</numerusform>
            <numerusform>Mon agenda (%n séances)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My agenda (%n sessions)</source>
        <translation>
            <numerusform>Mon agenda (%n séance)</numerusform>
            <numerusform>Mon agenda (%n séances)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions starting from</source>
        <translation>Les séances commençant du</translation>
    </message>
    <message>
        <source>Star the sessions you will attend: they make your agenda.</source>
        <translation>Marquez d’une étoile les séances auxquelles vous assisterez&#xa0;: elles forment votre agenda.</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Briefing pack status</source>
        <translation>État du dossier d’information</translation>
    </message>
    <message>
        <source>Briefing pack error</source>
        <translation>Erreur du dossier d’information</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>A printable pack: a cover, the contents with page numbers, and for each session its times (the event&apos;s and yours), the join link, the abstract, the presenters, case studies, materials, and your notes and questions.</source>
        <translation>Un dossier à imprimer&#xa0;: une page couverture, la table des matières avec les numéros de page et, pour chaque séance, ses heures (celles de l’événement et les vôtres), le lien pour rejoindre, le résumé, les présentateurs, les études de cas, les documents, ainsi que vos notes et questions.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>PDF file:</source>
        <translation>Fichier PDF&#xa0;:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the sessions for the pack.</source>
        <translation>Choisissez les séances du dossier.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name the PDF file to write.</source>
        <translation>Nommez le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Making the briefing pack…</source>
        <translation>Création du dossier d’information…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page to {0}.</source>
        <translation>
            <numerusform>%n page écrite dans {0}.</numerusform>
            <numerusform>%n pages écrites dans {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pages to {0}.</source>
        <translation>
            <numerusform>%n page écrite dans {0}.</numerusform>
            <numerusform>%n pages écrites dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the briefing pack…</source>
        <translation>Préparation du dossier d’information…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante.</numerusform>
            <numerusform>%n pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante.</numerusform>
            <numerusform>%n pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Could not make the briefing pack: {0}</source>
        <translation>Impossible de créer le dossier d’information&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>PrereadsDialog</name>
    <message>
        <source>Download pre-reads for my agenda</source>
        <translation>Télécharger les lectures préalables de mon agenda</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Garder hors ligne</translation>
    </message>
    <message>
        <source>Every material of every session on your agenda</source>
        <translation>Tous les documents de toutes les séances de votre agenda</translation>
    </message>
    <message>
        <source>Working out the total size…</source>
        <translation>Calcul de la taille totale…</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>État du téléchargement</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Files that failed</source>
        <translation>Fichiers en échec</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Start the download</source>
        <translation>Lancer le téléchargement</translation>
    </message>
    <message>
        <source>There are no materials to download.</source>
        <translation>Il n’y a aucun document à télécharger.</translation>
    </message>
    <message>
        <source>To download: {0}.</source>
        <translation>À télécharger&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>File {0} of {1}: {2}</source>
        <translation>Fichier {0} sur {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Cancelled: {0}. What finished is kept; a next download resumes.</source>
        <translation>Annulé&#xa0;: {0}. Ce qui est terminé est conservé; un prochain téléchargement reprendra.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question {0}</source>
        <translation>Question {0}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Answer note</source>
        <translation>Note de réponse</translation>
    </message>
    <message>
        <source>What was answered (for you; optional)</source>
        <translation>Ce qui a été répondu (pour vous; facultatif)</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answer note:</source>
        <translation>Note de &amp;réponse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question {0}: {1}. {2}.</source>
        <translation>Question {0}&#xa0;: {1}. {2}.</translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation>Réponse&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>QuestionsSection</name>
    <message>
        <source>Not asked</source>
        <translation>Non posée</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Posée</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mes questions</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move a question, F2 edits it here, Enter edits it in full, Delete deletes it</source>
        <translation>Alt+Haut et Alt+Bas déplacent une question, F2 la modifie ici, Entrée la modifie en entier, Suppr la supprime</translation>
    </message>
    <message>
        <source>Copy questions</source>
        <translation>Copier les questions</translation>
    </message>
    <message>
        <source>Copy the unasked questions</source>
        <translation>Copier les questions non posées</translation>
    </message>
    <message>
        <source>Put the questions not asked yet on the clipboard, numbered, for a Q&amp;A box</source>
        <translation>Mettre les questions pas encore posées dans le presse-papiers, numérotées, pour une boîte de questions</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Type a question and press Enter to add it</source>
        <translation>Tapez une question et appuyez sur Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the question</source>
        <translation>Ajouter la question</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>State of the question</source>
        <translation>État de la question</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Put the deleted question back</source>
        <translation>Remettre la question supprimée</translation>
    </message>
    <message>
        <source>Questions status</source>
        <translation>État des questions</translation>
    </message>
    <message numerus="yes">
        <source>My questions (%n)</source>
        <translation>
            <numerusform>Mes questions (%n)</numerusform>
            <numerusform>Mes questions (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the question: {0}</source>
        <translation>Impossible d’ajouter la question&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not save the question: {0}</source>
        <translation>Impossible d’enregistrer la question&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not store the questions kept from last time: {0}</source>
        <translation>Impossible d’enregistrer les questions conservées de la dernière fois&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not mark the question: {0}</source>
        <translation>Impossible de marquer la question&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not move the question: {0}</source>
        <translation>Impossible de déplacer la question&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation>«&#xa0;{0}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Could not delete the question: {0}</source>
        <translation>Impossible de supprimer la question&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not put the question back: {0}</source>
        <translation>Impossible de remettre la question&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No unasked questions to copy.</source>
        <translation>Aucune question non posée à copier.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n question for the Q&amp;A box.</source>
        <translation>
            <numerusform>%n question copiée pour la boîte de questions.</numerusform>
            <numerusform>%n questions copiées pour la boîte de questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n questions for the Q&amp;A box.</source>
        <translation>
            <numerusform>%n question copiée pour la boîte de questions.</numerusform>
            <numerusform>%n questions copiées pour la boîte de questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving… (the database is busy: a sync is running)</source>
        <translation>Enregistrement… (la base de données est occupée&#xa0;: une synchronisation est en cours)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>SafeLinks</name>
    <message>
        <source>Not opened: {url} is {kind}. Only web (http, https) and e-mail (mailto) links open.</source>
        <translation>Non ouvert&#xa0;: {url} est {kind}. Seuls les liens Web (http, https) et de courriel (mailto) s’ouvrent.</translation>
    </message>
    <message>
        <source>Not opened: {url} names no web site.</source>
        <translation>Non ouvert&#xa0;: {url} ne nomme aucun site Web.</translation>
    </message>
    <message>
        <source>Not opened: {url} is not a plain web or e-mail address.</source>
        <translation>Non ouvert&#xa0;: {url} n’est pas une simple adresse Web ou de courriel.</translation>
    </message>
</context>
<context>
    <name>SeriesHoursModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no series)</source>
        <translation>(aucune série)</translation>
    </message>
</context>
<context>
    <name>SessionDetailPanel</name>
    <message>
        <source>Feedback…</source>
        <translation>Commentaires…</translation>
    </message>
    <message>
        <source>Give feedback on the session</source>
        <translation>Donner vos commentaires sur la séance</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Earlier versions of my note</source>
        <translation>Versions antérieures de ma note</translation>
    </message>
    <message>
        <source>Versions of this note that were replaced by a write from elsewhere</source>
        <translation>Versions de cette note remplacées par une écriture venue d’ailleurs</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Ajouter un suivi…</translation>
    </message>
    <message>
        <source>Add a follow-up linked to this session</source>
        <translation>Ajouter un suivi lié à cette séance</translation>
    </message>
    <message>
        <source>My notes (changed elsewhere)</source>
        <translation>Mes notes (modifiées ailleurs)</translation>
    </message>
    <message>
        <source>My notes (earlier version restored)</source>
        <translation>Mes notes (version antérieure restaurée)</translation>
    </message>
    <message>
        <source>Could not save the reminder: {0}</source>
        <translation>Impossible d’enregistrer le rappel&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not open {0}: no application to open it</source>
        <translation>Impossible d’ouvrir {0}&#xa0;: aucune application pour l’ouvrir</translation>
    </message>
    <message>
        <source>My notes (saved; the other version is in History)</source>
        <translation>Mes notes (enregistrées; l’autre version est dans l’historique)</translation>
    </message>
    <message>
        <source>My notes (saved)</source>
        <translation>Mes notes (enregistrées)</translation>
    </message>
    <message>
        <source>My notes (not saved: {0})</source>
        <translation>Mes notes (non enregistrées&#xa0;: {0})</translation>
    </message>
    <message>
        <source>My notes (saving… the database is busy: a sync is running)</source>
        <translation>Mes notes (enregistrement… la base de données est occupée&#xa0;: une synchronisation est en cours)</translation>
    </message>
    <message>
        <source>My notes (not saved yet: your text is kept here)</source>
        <translation>Mes notes (pas encore enregistrées&#xa0;: votre texte est conservé ici)</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Search sessions, presenters, case studies, notes, questions…</source>
        <translation>Chercher des séances, présentateurs, études de cas, notes, questions…</translation>
    </message>
    <message>
        <source>“{text}” is in most sessions, so they are listed by time. Type more to see the best matches first.</source>
        <translation>«&#xa0;{text}&#xa0;» figure dans la plupart des séances&#xa0;: elles sont donc listées par heure. Tapez davantage pour voir d’abord les meilleurs résultats.</translation>
    </message>
    <message>
        <source>Nothing coming up · {label}</source>
        <translation>Rien à venir · {label}</translation>
    </message>
    <message>
        <source>{count}+ sessions shown</source>
        <translation>{count}+ séances affichées</translation>
    </message>
    <message>
        <source>You are looking at the &lt;b&gt;{label}&lt;/b&gt; that comes with the app. &lt;a href=&apos;add-feed&apos;&gt;Add your event&apos;s feed…&lt;/a&gt;</source>
        <translation>Vous consultez la &lt;b&gt;{label}&lt;/b&gt; fournie avec l’application. &lt;a href=&apos;add-feed&apos;&gt;Ajouter le flux de votre événement…&lt;/a&gt;</translation>
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
        <translation>Fuseau horaire…</translation>
    </message>
    <message>
        <source>Change the feed&apos;s time zone</source>
        <translation>Changer le fuseau horaire du flux</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Download time limit in seconds</source>
        <translation>Délai de téléchargement en secondes</translation>
    </message>
    <message>
        <source>A feed or photo download that has not finished after this long, retries included, is stopped as stalled.</source>
        <translation>Un téléchargement de flux ou de photo qui n’est pas terminé après ce délai, nouvelles tentatives comprises, est arrêté comme bloqué.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Largest feed to download, in MiB</source>
        <translation>Plus gros flux à télécharger, en Mio</translation>
    </message>
    <message>
        <source>A feed larger than this is refused before it is read.</source>
        <translation>Un flux plus gros que cela est refusé avant d’être lu.</translation>
    </message>
    <message>
        <source>Largest material Keep offline downloads, in MiB</source>
        <translation>Plus gros document que Garder hors ligne télécharge, en Mio</translation>
    </message>
    <message>
        <source>A slide deck, recording or pre-read larger than this is not kept offline.</source>
        <translation>Une présentation, un enregistrement ou une lecture préalable plus gros que cela n’est pas gardé hors ligne.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Give up on a download after</source>
        <translation>Abandonner un téléchargement après</translation>
    </message>
    <message>
        <source>Refuse feeds larger than</source>
        <translation>Refuser les flux de plus de</translation>
    </message>
    <message>
        <source>Keep offline files up to</source>
        <translation>Garder hors ligne les fichiers jusqu’à</translation>
    </message>
    <message>
        <source>Hide tracks and rooms</source>
        <translation>Masquer des volets et des salles</translation>
    </message>
    <message>
        <source>Which time zone are its times in?</source>
        <translation>Dans quel fuseau horaire sont ses heures?</translation>
    </message>
    <message>
        <source>{location} gives its times as local times but does not say in which time zone, and its place does not tell. Choose the event&apos;s time zone:</source>
        <translation>{location} donne ses heures en heure locale sans dire dans quel fuseau horaire, et son lieu ne l’indique pas. Choisissez le fuseau horaire de l’événement&#xa0;:</translation>
    </message>
    <message>
        <source>Not added: the feed needs a time zone.</source>
        <translation>Non ajouté&#xa0;: le flux a besoin d’un fuseau horaire.</translation>
    </message>
    <message>
        <source>This feed names its own time zone.</source>
        <translation>Ce flux indique son propre fuseau horaire.</translation>
    </message>
    <message>
        <source>Choose the time zone of a feed that does not name its own.</source>
        <translation>Choisissez le fuseau horaire d’un flux qui n’indique pas le sien.</translation>
    </message>
    <message>
        <source>{name}: {how}. Choose the time zone its times are in:</source>
        <translation>{name}&#xa0;: {how}. Choisissez le fuseau horaire de ses heures&#xa0;:</translation>
    </message>
    <message>
        <source>no time zone yet</source>
        <translation>pas encore de fuseau horaire</translation>
    </message>
    <message>
        <source>Could not change the time zone</source>
        <translation>Impossible de changer le fuseau horaire</translation>
    </message>
    <message>
        <source>Waiting to save: the database is busy (a sync is running).</source>
        <translation>En attente d’enregistrement&#xa0;: la base de données est occupée (une synchronisation est en cours).</translation>
    </message>
    <message>
        <source>{name} now uses {zone}; syncing it again.</source>
        <translation>{name} utilise maintenant {zone}; nouvelle synchronisation.</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Retirer le flux</translation>
    </message>
    <message numerus="yes">
        <source>Remove {0}? %n favourite(s), note(s), question(s) or reminder(s) of yours on its sessions go with it.</source>
        <translation>
            <numerusform>Retirer {0}? %n favori, note, question ou rappel à vous sur ses séances partira avec lui.</numerusform>
            <numerusform>Retirer {0}? %n favoris, notes, questions ou rappels à vous sur ses séances partiront avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove the feed</source>
        <translation>Impossible de retirer le flux</translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <source>&amp;Copy session as text</source>
        <translation>&amp;Copier la séance en texte</translation>
    </message>
    <message>
        <source>Copy session as &amp;invite (.ics)</source>
        <translation>Copier la séance en &amp;invitation (.ics)</translation>
    </message>
    <message>
        <source>&amp;Save session as invite…</source>
        <translation>&amp;Enregistrer la séance en invitation…</translation>
    </message>
    <message>
        <source>Could not copy: {0}</source>
        <translation>Impossible de copier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Copied the session as text.</source>
        <translation>Séance copiée en texte.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n sessions as text.</source>
        <translation>
            <numerusform>%n séance copiée en texte.</numerusform>
            <numerusform>%n séances copiées en texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the session as an invite.</source>
        <translation>Séance copiée en invitation.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n sessions as an invite.</source>
        <translation>
            <numerusform>%n séance copiée en invitation.</numerusform>
            <numerusform>%n séances copiées en invitation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session to share.</source>
        <translation>Choisissez une séance à partager.</translation>
    </message>
    <message>
        <source>Save invite</source>
        <translation>Enregistrer l’invitation</translation>
    </message>
    <message>
        <source>Invite (*.ics)</source>
        <translation>Invitation (*.ics)</translation>
    </message>
    <message>
        <source>Could not save the invite: {0}</source>
        <translation>Impossible d’enregistrer l’invitation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Saved the session to {0}.</source>
        <translation>Séance enregistrée dans {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n sessions to {0}.</source>
        <translation>
            <numerusform>%n séance enregistrée dans {0}.</numerusform>
            <numerusform>%n séances enregistrées dans {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZonePickerDialog</name>
    <message>
        <source>Choose the time zone</source>
        <translation>Choisir le fuseau horaire</translation>
    </message>
    <message>
        <source>Filter, e.g. Brussels or New York</source>
        <translation>Filtrer, p. ex. Bruxelles ou New York</translation>
    </message>
    <message>
        <source>Filter time zones</source>
        <translation>Filtrer les fuseaux horaires</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Fuseaux horaires</translation>
    </message>
    <message>
        <source>Use this time zone</source>
        <translation>Utiliser ce fuseau horaire</translation>
    </message>
    <message>
        <source>{name} gives its times as local times but does not say in which time zone, and its place does not tell. Choose the event&apos;s time zone:</source>
        <translation>{name} donne ses heures en heure locale sans dire dans quel fuseau horaire, et son lieu ne l’indique pas. Choisissez le fuseau horaire de l’événement&#xa0;:</translation>
    </message>
    <message>
        <source>Which time zone are the times of {name} in?</source>
        <translation>Dans quel fuseau horaire sont les heures de {name}?</translation>
    </message>
    <message>
        <source>Not imported: {name} needs a time zone.</source>
        <translation>Non importé&#xa0;: {name} a besoin d’un fuseau horaire.</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>%1 (high)</source>
        <translation>%1 (haute)</translation>
    </message>
    <message>
        <source>5 (medium)</source>
        <translation>5 (moyenne)</translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (basse)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Export &amp;my data…</source>
        <translation>Exporter &amp;mes données…</translation>
    </message>
    <message>
        <source>Import my d&amp;ata…</source>
        <translation>Importer mes donn&amp;ées…</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exporter mes données</translation>
    </message>
    <message>
        <source>My data (*{0});;JSON files (*.json)</source>
        <translation>Mes données (*{0});;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported my data to {0}: {1}</source>
        <translation>Mes données exportées dans {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Could not export your data: {0}</source>
        <translation>Impossible d’exporter vos données&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Import my data</source>
        <translation>Importer mes données</translation>
    </message>
    <message>
        <source>My data (*{0});;JSON files (*.json);;All files (*)</source>
        <translation>Mes données (*{0});;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not import {0}: {1}</source>
        <translation>Impossible d’importer {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Pre-reads: {0}</source>
        <translation>Lectures préalables&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not remove the offline copy: {0}</source>
        <translation>Impossible de retirer la copie hors ligne&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Choose time zone…</source>
        <translation>Choisir le fuseau horaire…</translation>
    </message>
    <message>
        <source>The language changes once the current task has finished.</source>
        <translation>La langue changera une fois la tâche en cours terminée.</translation>
    </message>
</context>
</TS>
