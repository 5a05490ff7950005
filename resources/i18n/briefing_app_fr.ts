<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add your event&apos;s feed</source>
        <translation>Ajouter le fil de votre événement</translation>
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
        <translation>Adresse ou fichier du fil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a feed file</source>
        <translation>Choisir un fichier de fil</translation>
    </message>
    <message>
        <source>The feed is followed: each sync reads it again for changes, from the web or from the file where it is now.</source>
        <translation>Le fil est suivi&#xa0;: chaque synchronisation le relit pour y trouver les changements, sur le Web ou dans le fichier où il se trouve.</translation>
    </message>
    <message>
        <source>Adding the feed</source>
        <translation>Ajout du fil</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Ajouter le fil</translation>
    </message>
    <message>
        <source>Adding {location}…</source>
        <translation>Ajout de {location}…</translation>
    </message>
    <message>
        <source>Could not add the feed: {error}</source>
        <translation>Impossible d’ajouter le fil&#xa0;: {error}</translation>
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
        <translation>Non ajouté&#xa0;: le fil a besoin d’un fuseau horaire.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>⚠ Overlaps {0}</source>
        <translation>⚠ Chevauche {0}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>My agenda</source>
        <translation>Mon agenda</translation>
    </message>
    <message>
        <source>Agenda summary</source>
        <translation>Résumé de l’agenda</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Exporter vers le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Export my agenda to a calendar file</source>
        <translation>Exporter mon agenda dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>Live agenda file</source>
        <translation>Fichier d’agenda tenu à jour</translation>
    </message>
    <message>
        <source>Your agenda is empty. Mark sessions with ☆ in the session list (or press Space).</source>
        <translation>Votre agenda est vide. Marquez des séances avec ☆ dans la liste des séances (ou appuyez sur Espace).</translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · ⚠ %n overlaps with another</source>
        <translation>
            <numerusform>{0} · ⚠ %n chevauche une autre séance</numerusform>
            <numerusform>{0} · ⚠ %n chevauchent une autre séance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · ⚠ %n overlap with another</source>
        <translation>
            <numerusform>{0} · ⚠ %n chevauche une autre séance</numerusform>
            <numerusform>{0} · ⚠ %n chevauchent une autre séance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in tracks or rooms you hid (exported all the same)</source>
        <translation>
            <numerusform>%n autre dans des volets ou des salles que vous avez masqués (exportée quand même)</numerusform>
            <numerusform>%n autres dans des volets ou des salles que vous avez masqués (exportées quand même)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar apps can subscribe to the live agenda file, kept current after every sync and change: {0}</source>
        <translation>Les applications de calendrier peuvent s’abonner au fichier d’agenda, tenu à jour après chaque synchronisation et chaque changement&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Briefing Companion: my agenda</source>
        <translation>Briefing Companion&#xa0;: mon agenda</translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation>Exporter mon agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event to {0}</source>
        <translation>
            <numerusform>%n événement exporté dans {0}</numerusform>
            <numerusform>%n événements exportés dans {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {0}</source>
        <translation>
            <numerusform>%n événement exporté dans {0}</numerusform>
            <numerusform>%n événements exportés dans {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Briefing Companion cannot start:

{0}</source>
        <translation>Briefing Companion ne peut pas démarrer&#xa0;:

{0}</translation>
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
        <translation>Noter ma &amp;présence</translation>
    </message>
    <message>
        <source>Mark &amp;not attended</source>
        <translation>Noter mon &amp;absence</translation>
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
        <translation>Présence (notée)</translation>
    </message>
    <message>
        <source>Not attended (marked)</source>
        <translation>Absence (notée)</translation>
    </message>
    <message>
        <source>Attended (you joined)</source>
        <translation>Présence (vous avez rejoint la séance)</translation>
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
        <translation>«&#xa0;Rejoindre&#xa0;» note chaque fois que vous rejoignez une séance; marquez une séance pour indiquer si vous y avez assisté ou non. Les heures sont la durée prévue de chaque séance.</translation>
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
        <source>Hours per series</source>
        <translation>Heures par série</translation>
    </message>
    <message>
        <source>Mark &amp;attended</source>
        <translation>Noter ma pré&amp;sence</translation>
    </message>
    <message>
        <source>Mark &amp;not attended</source>
        <translation>Noter mon &amp;absence</translation>
    </message>
    <message>
        <source>Forget your mark; the joins decide again</source>
        <translation>Oublier votre marque; les connexions décident de nouveau</translation>
    </message>
    <message>
        <source>&amp;Hours per series (sessions attended)</source>
        <translation>&amp;Heures par série (séances auxquelles vous avez assisté)</translation>
    </message>
    <message>
        <source>Nothing here yet. Choose a session in the Sessions tab, then press Join, or mark it attended with its Attendance button; it is listed here after that.</source>
        <translation>Rien pour l’instant. Choisissez une séance dans l’onglet Séances, puis appuyez sur Rejoindre, ou notez votre présence avec son bouton Présence; elle sera alors listée ici.</translation>
    </message>
    <message>
        <source>C&amp;lear mark</source>
        <translation>&amp;Effacer la marque</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’exportation</translation>
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
        <source>attendance</source>
        <translation>presences</translation>
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
    <message numerus="yes">
        <source>Wrote %n attended session to {0}.</source>
        <translation>
            <numerusform>%n présence écrite dans {0}.</numerusform>
            <numerusform>%n présences écrites dans {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n attended sessions to {0}.</source>
        <translation>
            <numerusform>%n présence écrite dans {0}.</numerusform>
            <numerusform>%n présences écrites dans {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Rejointe</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source> (removed from its feed)</source>
        <translation> (retirée de son fil)</translation>
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
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>My agenda</source>
        <translation>Mon agenda</translation>
    </message>
    <message>
        <source>slides</source>
        <translation>diapositives</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>pre-read</source>
        <translation>lecture préalable</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>posée</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <source>the briefing pack was cancelled</source>
        <translation>la trousse d’information a été annulée</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Times shown</source>
        <translation>Heures affichées</translation>
    </message>
    <message>
        <source>{0} (your time zone) and each event&apos;s local time</source>
        <translation>{0}, votre fuseau horaire, et l’heure locale de chaque événement</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparé le</translation>
    </message>
    <message>
        <source>BRIEFING PACK</source>
        <translation>TROUSSE D’INFORMATION</translation>
    </message>
    <message>
        <source>Made with Briefing Companion. Links in this pack open in your browser when the PDF is read on screen.</source>
        <translation>Fait avec Briefing Companion. Les liens de cette trousse s’ouvrent dans votre navigateur quand le PDF est lu à l’écran.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <source> (removed from the feed)</source>
        <translation> (retirée du fil)</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulée)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Votre heure</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>★ in your favourites</source>
        <translation>★ dans vos favoris</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Présentateurs</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Études de cas</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source> · kept offline</source>
        <translation> · gardé hors ligne</translation>
    </message>
    <message>
        <source>No materials published for this session.</source>
        <translation>Aucun document publié pour cette séance.</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mes questions</translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation>Réponse&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No questions yet.</source>
        <translation>Aucune question pour l’instant.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aucune note pour l’instant.</translation>
    </message>
    <message>
        <source>the page device could not be opened for painting</source>
        <translation>le périphérique de page n’a pas pu être ouvert pour le dessin</translation>
    </message>
    <message>
        <source>a new page could not be started (is the disk full?)</source>
        <translation>une nouvelle page n’a pas pu être commencée (le disque est-il plein?)</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
    <message>
        <source>Briefing pack: {0}</source>
        <translation>Trousse d’information&#xa0;: {0}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>BundleConflictDialog</name>
    <message>
        <source>Your copy is newer</source>
        <translation>Votre copie est plus récente</translation>
    </message>
    <message>
        <source>“{0}” was changed here after the bundle&apos;s version of it.</source>
        <translation>«&#xa0;{0}&#xa0;» a été modifiée ici après la version du paquet.</translation>
    </message>
    <message>
        <source>Yours: {0}
The bundle&apos;s: {1}

Overwrite replaces your text with the bundle&apos;s (your notes&apos; earlier versions stay in History). Keep both imports the bundle as a separate case study.</source>
        <translation>La vôtre&#xa0;: {0}
Celle du paquet&#xa0;: {1}

Écraser remplace votre texte par celui du paquet (les versions antérieures de vos notes restent dans l’historique). Garder les deux importe le paquet comme une étude de cas distincte.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non datée</translation>
    </message>
    <message>
        <source>Overwrite mine</source>
        <translation>Écraser la mienne</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Overwrite my copy</source>
        <translation>Écraser ma copie</translation>
    </message>
    <message>
        <source>Keep both copies</source>
        <translation>Garder les deux copies</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
</context>
<context>
    <name>CaseStudies</name>
    <message>
        <source>yours</source>
        <translation>à vous</translation>
    </message>
    <message>
        <source>from feed</source>
        <translation>du fil</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>feed changed</source>
        <translation>fil modifié</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>{0} MiB</source>
        <translation>{0}&#xa0;Mio</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation>Archive zip</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Tableur</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>#{0} (no longer in the store)</source>
        <translation>n° {0} (n’est plus dans la base)</translation>
    </message>
</context>
<context>
    <name>CaseStudiesView</name>
    <message>
        <source>Untitled case study</source>
        <translation>Étude de cas sans titre</translation>
    </message>
    <message>
        <source>Search case studies and your notes…</source>
        <translation>Chercher dans les études de cas et vos notes…</translation>
    </message>
    <message>
        <source>Search case studies</source>
        <translation>Chercher des études de cas</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Études de cas</translation>
    </message>
    <message>
        <source>Number of case studies</source>
        <translation>Nombre d’études de cas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>New case study</source>
        <translation>Nouvelle étude de cas</translation>
    </message>
    <message>
        <source>Start a case study of your own</source>
        <translation>Commencer votre propre étude de cas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete case study</source>
        <translation>Supprimer l’étude de cas</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <source>Import a case study exported as a .zip bundle</source>
        <translation>Importer une étude de cas exportée en paquet .zip</translation>
    </message>
    <message>
        <source>Case study title</source>
        <translation>Titre de l’étude de cas</translation>
    </message>
    <message>
        <source>Organization and last change</source>
        <translation>Organisation et dernière modification</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Exporter le paquet…</translation>
    </message>
    <message>
        <source>Export the case study as a bundle</source>
        <translation>Exporter l’étude de cas en paquet</translation>
    </message>
    <message>
        <source>Save this case study with its notes, history and files as one .zip</source>
        <translation>Enregistrer cette étude de cas avec ses notes, son historique et ses fichiers en un seul .zip</translation>
    </message>
    <message>
        <source>Case study sections</source>
        <translation>Sections de l’étude de cas</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <source>No case study</source>
        <translation>Aucune étude de cas</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The notes of “{0}” were also changed elsewhere (another window or a briefing-app command). Your text is kept; the other version is in History.</source>
        <translation>Les notes de «&#xa0;{0}&#xa0;» ont aussi été modifiées ailleurs (une autre fenêtre ou une commande briefing-app). Votre texte est conservé; l’autre version est dans l’historique.</translation>
    </message>
    <message>
        <source>Could not read the case studies: {0}</source>
        <translation>Impossible de lire les études de cas&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n match for “{0}”</source>
        <translation>
            <numerusform>%n résultat pour «&#xa0;{0}&#xa0;»</numerusform>
            <numerusform>%n résultats pour «&#xa0;{0}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches for “{0}”</source>
        <translation>
            <numerusform>%n résultat pour «&#xa0;{0}&#xa0;»</numerusform>
            <numerusform>%n résultats pour «&#xa0;{0}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case study</source>
        <translation>
            <numerusform>%n étude de cas</numerusform>
            <numerusform>%n études de cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case studies</source>
        <translation>
            <numerusform>%n étude de cas</numerusform>
            <numerusform>%n études de cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n of your own</source>
        <translation>
            <numerusform>{0} · %n à vous</numerusform>
            <numerusform>{0} · %n à vous</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this case study with its notes and files</source>
        <translation>Supprimer cette étude de cas avec ses notes et ses fichiers</translation>
    </message>
    <message>
        <source>A feed&apos;s case study cannot be deleted; revert your edits in Details</source>
        <translation>L’étude de cas d’un fil ne peut pas être supprimée; annulez vos modifications dans Détails</translation>
    </message>
    <message>
        <source>No case studies match the search.</source>
        <translation>Aucune étude de cas ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No case study selected.
Press New to start one of your own, or Import bundle… to open one someone sent you.</source>
        <translation>Aucune étude de cas choisie.
Appuyez sur Nouvelle pour commencer la vôtre, ou sur Importer un paquet… pour ouvrir celle qu’on vous a envoyée.</translation>
    </message>
    <message>
        <source>Badge: {0}</source>
        <translation>Badge&#xa0;: {0}</translation>
    </message>
    <message>
        <source>changed {0}</source>
        <translation>modifiée {0}</translation>
    </message>
    <message>
        <source>Could not create a case study</source>
        <translation>Impossible de créer une étude de cas</translation>
    </message>
    <message>
        <source>Waiting to save: the database is busy (a sync is running).</source>
        <translation>En attente d’enregistrement&#xa0;: la base de données est occupée (une synchronisation est en cours).</translation>
    </message>
    <message>
        <source>Delete “{0}” with its notes, their history and its materials?</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;» avec ses notes, leur historique et ses documents?</translation>
    </message>
    <message>
        <source>Export it as a bundle first if you may want it back.</source>
        <translation>Exportez-la d’abord en paquet si vous pourriez vouloir la récupérer.</translation>
    </message>
    <message>
        <source>Delete the case study</source>
        <translation>Supprimer l’étude de cas</translation>
    </message>
    <message>
        <source>Could not delete the case study: {0}</source>
        <translation>Impossible de supprimer l’étude de cas&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation>«&#xa0;{0}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Your notes are still waiting to be saved (a sync is using the database): restore the revision once they are.</source>
        <translation>Vos notes attendent encore d’être enregistrées (une synchronisation utilise la base de données)&#xa0;: restaurez la révision une fois qu’elles le seront.</translation>
    </message>
    <message>
        <source>Could not restore the revision</source>
        <translation>Impossible de restaurer la révision</translation>
    </message>
    <message>
        <source>Restored the notes as they were; the text they replaced is kept in History.</source>
        <translation>Notes restaurées telles qu’elles étaient; le texte remplacé est conservé dans l’historique.</translation>
    </message>
    <message>
        <source>%n note revision</source>
        <translation>%n révision de notes</translation>
    </message>
    <message>
        <source>%n note revisions</source>
        <translation>%n révisions de notes</translation>
    </message>
    <message>
        <source>%n material</source>
        <translation>%n document</translation>
    </message>
    <message>
        <source>%n materials</source>
        <translation>%n documents</translation>
    </message>
    <message>
        <source>case-study</source>
        <translation>etude-de-cas</translation>
    </message>
    <message>
        <source>Imported “{0}” (#{1}) as a new case study</source>
        <translation>«&#xa0;{0}&#xa0;» (n° {1}) importée comme nouvelle étude de cas</translation>
    </message>
    <message>
        <source>Updated “{0}” (#{1}) from the bundle</source>
        <translation>«&#xa0;{0}&#xa0;» (n° {1}) mise à jour à partir du paquet</translation>
    </message>
    <message>
        <source>“{0}” (#{1}) is already up to date: nothing was imported</source>
        <translation>«&#xa0;{0}&#xa0;» (n° {1}) est déjà à jour&#xa0;: rien n’a été importé</translation>
    </message>
    <message>
        <source>Replaced “{0}” (#{1}) with the bundle&apos;s version</source>
        <translation>«&#xa0;{0}&#xa0;» (n° {1}) remplacée par la version du paquet</translation>
    </message>
    <message>
        <source>Imported “{0}” (#{1}) beside your copy</source>
        <translation>«&#xa0;{0}&#xa0;» (n° {1}) importée à côté de votre copie</translation>
    </message>
    <message>
        <source>{0} with {1}</source>
        <translation>{0} avec {1}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; %n linked session or presenter is not in this store</source>
        <translation>; %n séance ou présentateur lié n’est pas dans cette base</translation>
    </message>
    <message>
        <source>; %n linked sessions or presenters are not in this store</source>
        <translation>; %n séances ou présentateurs liés ne sont pas dans cette base</translation>
    </message>
    <message>
        <source>Wait for the file operation in progress to finish (or cancel it).</source>
        <translation>Attendez la fin de l’opération en cours sur les fichiers (ou annulez-la).</translation>
    </message>
    <message>
        <source>Export case study</source>
        <translation>Exporter l’étude de cas</translation>
    </message>
    <message>
        <source>Case-study bundles (*.zip)</source>
        <translation>Paquets d’étude de cas (*.zip)</translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation>Exportation dans {0}…</translation>
    </message>
    <message>
        <source>Exported the case study to {0}.</source>
        <translation>Étude de cas exportée dans {0}.</translation>
    </message>
    <message>
        <source>Exported the case study to {0}, %n file.</source>
        <translation>Étude de cas exportée dans {0}, %n fichier.</translation>
    </message>
    <message>
        <source>Exported the case study to {0}, %n files.</source>
        <translation>Étude de cas exportée dans {0}, %n fichiers.</translation>
    </message>
    <message>
        <source>Import a case-study bundle</source>
        <translation>Importer un paquet d’étude de cas</translation>
    </message>
    <message>
        <source>Case-study bundles (*.zip);;All files (*)</source>
        <translation>Paquets d’étude de cas (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was changed.</source>
        <translation>Exportation annulée; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not export the case study: {0}</source>
        <translation>Impossible d’exporter l’étude de cas&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not import {0}: {1}. Nothing was changed.</source>
        <translation>Impossible d’importer {0}&#xa0;: {1}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Import of {0} cancelled; nothing was changed.</source>
        <translation>Importation de {0} annulée; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>CaseStudyForm</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Linked sessions</source>
        <translation>Séances liées</translation>
    </message>
    <message>
        <source>Linked presenters</source>
        <translation>Présentateurs liés</translation>
    </message>
    <message>
        <source>What the case study is called</source>
        <translation>Le nom de l’étude de cas</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Qui l’a réalisée</translation>
    </message>
    <message>
        <source>In a sentence or two</source>
        <translation>En une phrase ou deux</translation>
    </message>
    <message>
        <source>The problem it addressed</source>
        <translation>Le problème abordé</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Ce qui en est ressorti</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. permits, digital</source>
        <translation>Séparées par des virgules, p. ex. permis, numérique</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(aucune étiquette)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Where this case study comes from</source>
        <translation>D’où vient cette étude de cas</translation>
    </message>
    <message>
        <source>The feed changed</source>
        <translation>Le fil a changé</translation>
    </message>
    <message>
        <source>Accept feed version</source>
        <translation>Accepter la version du fil</translation>
    </message>
    <message>
        <source>Keep your edits, now on top of the feed&apos;s new version (the warning goes)</source>
        <translation>Garder vos modifications, maintenant par-dessus la nouvelle version du fil (l’avertissement disparaît)</translation>
    </message>
    <message>
        <source>Revert to feed</source>
        <translation>Revenir au fil</translation>
    </message>
    <message>
        <source>Drop all your edits: show the feed&apos;s version</source>
        <translation>Abandonner toutes vos modifications&#xa0;: afficher la version du fil</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>presenters</source>
        <translation>présentateurs</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Case study details</source>
        <translation>Détails de l’étude de cas</translation>
    </message>
    <message>
        <source>Not saved yet: your edits are still here.</source>
        <translation>Pas encore enregistré&#xa0;: vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Your own case study: everything here is yours to change. Changes are saved as you type.</source>
        <translation>Votre propre étude de cas&#xa0;: tout ici peut être modifié par vous. Les changements sont enregistrés pendant que vous tapez.</translation>
    </message>
    <message>
        <source>a feed</source>
        <translation>un fil</translation>
    </message>
    <message>
        <source>From the feed “{0}”. The feed&apos;s text stays as it is: your edits are kept beside it, and syncs never overwrite them.</source>
        <translation>Du fil «&#xa0;{0}&#xa0;». Le texte du fil reste tel quel&#xa0;: vos modifications sont conservées à côté, et les synchronisations ne les écrasent jamais.</translation>
    </message>
    <message>
        <source> The feed no longer lists this case study.</source>
        <translation> Le fil ne liste plus cette étude de cas.</translation>
    </message>
    <message numerus="yes">
        <source> You edited %n field.</source>
        <translation>
            <numerusform> Vous avez modifié %n champ.</numerusform>
            <numerusform> Vous avez modifié %n champs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> You edited %n fields.</source>
        <translation>
            <numerusform> Vous avez modifié %n champ.</numerusform>
            <numerusform> Vous avez modifié %n champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>its text</source>
        <translation>son texte</translation>
    </message>
    <message>
        <source>⚠ The feed changed {0} since your edits. Compare with the feed&apos;s version under each field, then accept it (keep your edits) or revert to it.</source>
        <translation>⚠ Le fil a changé {0} depuis vos modifications. Comparez avec la version du fil sous chaque champ, puis acceptez-la (en gardant vos modifications) ou revenez-y.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Saving… the database is busy (a sync is running); your edits are kept</source>
        <translation>Enregistrement… la base de données est occupée (une synchronisation est en cours); vos modifications sont conservées</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tous les changements sont enregistrés</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not save the case study: {0}</source>
        <translation>Impossible d’enregistrer l’étude de cas&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not revert to the feed&apos;s version</source>
        <translation>Impossible de revenir à la version du fil</translation>
    </message>
    <message>
        <source>Reverted to the feed&apos;s version</source>
        <translation>Retour à la version du fil</translation>
    </message>
    <message>
        <source>Could not accept the feed&apos;s version</source>
        <translation>Impossible d’accepter la version du fil</translation>
    </message>
    <message>
        <source>Your edits now sit on the feed&apos;s new version</source>
        <translation>Vos modifications reposent maintenant sur la nouvelle version du fil</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>%n new</source>
        <translation>%n nouvelle(s)</translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation>%n retirée(s)</translation>
    </message>
    <message>
        <source>%n cancelled</source>
        <translation>%n annulée(s)</translation>
    </message>
    <message>
        <source>%n moved</source>
        <translation>%n déplacée(s)</translation>
    </message>
    <message>
        <source>%n retitled</source>
        <translation>%n renommée(s)</translation>
    </message>
    <message>
        <source>%n with presenter changes</source>
        <translation>%n avec des changements de présentateurs</translation>
    </message>
    <message>
        <source>%n updated</source>
        <translation>%n mise(s) à jour</translation>
    </message>
    <message>
        <source>New: {0}</source>
        <translation>Nouvelle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Removed from the feed: {0}</source>
        <translation>Retirée du fil&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Cancelled: {0}</source>
        <translation>Annulée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Moved: {0}</source>
        <translation>Déplacée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Renamed: {0}</source>
        <translation>Renommée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Presenters changed: {0}</source>
        <translation>Présentateurs changés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Updated: {0}</source>
        <translation>Mise à jour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Kept material updated: {0}</source>
        <translation>Document gardé mis à jour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>not modified since the last sync</source>
        <translation>non modifié depuis la dernière synchronisation</translation>
    </message>
    <message>
        <source>imported %n session</source>
        <translation>%n séance importée</translation>
    </message>
    <message>
        <source>imported %n sessions</source>
        <translation>%n séances importées</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>time zone {0} inferred from the city &apos;{1}&apos;</source>
        <translation>fuseau horaire {0}, déduit de la ville «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>%n older version of events you have ignored</source>
        <translation>%n version plus ancienne d’événements que vous avez déjà ignorée</translation>
    </message>
    <message>
        <source>%n older versions of events you have ignored</source>
        <translation>%n versions plus anciennes d’événements que vous avez déjà ignorées</translation>
    </message>
    <message>
        <source>%n event already in the store (exported by this app; no copies made)</source>
        <translation>%n événement déjà dans la base (exporté par cette application; aucune copie faite)</translation>
    </message>
    <message>
        <source>%n events already in the store (exported by this app; no copies made)</source>
        <translation>%n événements déjà dans la base (exportés par cette application; aucune copie faite)</translation>
    </message>
    <message>
        <source>%n session of your exported agenda starred again</source>
        <translation>%n séance de votre agenda exporté remarquée d’une étoile</translation>
    </message>
    <message>
        <source>%n sessions of your exported agenda starred again</source>
        <translation>%n séances de votre agenda exporté remarquées d’une étoile</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>rien à importer</translation>
    </message>
    <message>
        <source>session {0}</source>
        <translation>séance {0}</translation>
    </message>
    <message>
        <source> (was {0})</source>
        <translation> (auparavant {0})</translation>
    </message>
    <message>
        <source> (room: {0} → {1})</source>
        <translation> (salle&#xa0;: {0} → {1})</translation>
    </message>
    <message>
        <source> (was “{0}”)</source>
        <translation> (auparavant «&#xa0;{0}&#xa0;»)</translation>
    </message>
    <message>
        <source> (now ends {0})</source>
        <translation> (fin désormais&#xa0;: {0})</translation>
    </message>
    <message>
        <source>Back in the feed: {0}</source>
        <translation>De retour dans le fil&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Summary of changes</source>
        <translation>Résumé des changements</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0}&#xa0;: {1} ({2})</translation>
    </message>
    <message>
        <source>★ Your favourites</source>
        <translation>★ Vos favoris</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>Aucune synchronisation pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>★ %n of your favourites changed (listed first).</source>
        <translation>
            <numerusform>★ %n de vos favoris a changé (listé en premier).</numerusform>
            <numerusform>★ %n de vos favoris ont changé (listés en premier).</numerusform>
        </translation>
    </message>
    <message>
        <source>None of your favourites changed.</source>
        <translation>Aucun de vos favoris n’a changé.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source> (★ %n of your favourites)</source>
        <translation> (★ %n de vos favoris)</translation>
    </message>
    <message>
        <source>; {0} (change it in Settings)</source>
        <translation>; {0} (à changer dans les Paramètres)</translation>
    </message>
    <message>
        <source>{0}: not synced</source>
        <translation>{0}&#xa0;: non synchronisé</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>everything is up to date</source>
        <translation>tout est à jour</translation>
    </message>
</context>
<context>
    <name>ContentLanguage</name>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Not available in {wanted}; shown in {shown}</source>
        <translation>Non disponible en {wanted}; affiché en {shown}</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Commanditaires</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuel</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>

Details are in the log file:
{0}</source>
        <translation>

Les détails sont dans le fichier journal&#xa0;:
{0}</translation>
    </message>
    <message>
        <source>Something went wrong inside {0} ({1}: {2}). Your data is safe: every change is saved as it is made.{3}</source>
        <translation>Un problème est survenu dans {0} ({1}&#xa0;: {2}). Vos données sont en sécurité&#xa0;: chaque changement est enregistré dès qu’il est fait.{3}</translation>
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
    <name>DateRangeFilter</name>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>30 prochains jours</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
</context>
<context>
    <name>DayCanvas</name>
    <message>
        <source>Day timeline</source>
        <translation>Chronologie du jour</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favori</translation>
    </message>
    <message>
        <source>overlaps another favourite</source>
        <translation>chevauche un autre favori</translation>
    </message>
    <message>
        <source>Session menu</source>
        <translation>Menu de la séance</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
        <source>Remove from &amp;favourites</source>
        <translation>Retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>Add to &amp;favourites</source>
        <translation>Ajouter aux &amp;favoris</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Aller à aujourd’hui</translation>
    </message>
    <message>
        <source>Previous day (Page Up)</source>
        <translation>Jour précédent (Page précédente)</translation>
    </message>
    <message>
        <source>Next day (Page Down)</source>
        <translation>Jour suivant (Page suivante)</translation>
    </message>
    <message>
        <source>Today, or the nearest day with sessions when today has none (Alt+Home)</source>
        <translation>Aujourd’hui, ou le jour le plus proche qui a des séances quand aujourd’hui n’en a pas (Alt+Origine)</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>Résumé du jour</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Why this day is shown</source>
        <translation>Pourquoi ce jour est affiché</translation>
    </message>
    <message>
        <source>Times in {0} (your choice)</source>
        <translation>Heures&#xa0;: {0}, votre choix</translation>
    </message>
    <message>
        <source>Times in {0} (event time)</source>
        <translation>Heures&#xa0;: {0}, heure de l’événement</translation>
    </message>
    <message>
        <source>Times in {0} (your time zone)</source>
        <translation>Heures&#xa0;: {0}, votre fuseau horaire</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Aucune séance pour l’instant</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Aucune séance ce jour-là</translation>
    </message>
    <message>
        <source>No sessions today; showing {day}, the nearest day with sessions.</source>
        <translation>Aucune séance aujourd’hui; affichage du {day}, le jour le plus proche qui a des séances.</translation>
    </message>
    <message>
        <source>{0} · Today</source>
        <translation>{0} · Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Day {0} of {1} · {2}</source>
        <translation>Jour {0} sur {1} · {2}</translation>
    </message>
    <message numerus="yes">
        <source>{0} in %n room</source>
        <translation>
            <numerusform>{0} dans %n salle</numerusform>
            <numerusform>{0} dans %n salles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} in %n rooms</source>
        <translation>
            <numerusform>{0} dans %n salle</numerusform>
            <numerusform>{0} dans %n salles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} in %n track</source>
        <translation>
            <numerusform>{0} dans %n volet</numerusform>
            <numerusform>{0} dans %n volets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} in %n tracks</source>
        <translation>
            <numerusform>{0} dans %n volet</numerusform>
            <numerusform>{0} dans %n volets</numerusform>
        </translation>
    </message>
    <message>
        <source>Day timeline, {0}: {1}. The arrow keys move between sessions, Enter opens one, the Menu key gives its menu, Page Up and Page Down change the day.</source>
        <translation>Chronologie du jour, {0}&#xa0;: {1}. Les flèches passent d’une séance à l’autre, Entrée en ouvre une, la touche Menu donne son menu, Page précédente et Page suivante changent de jour.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers le calendrier</translation>
    </message>
    <message>
        <source>My agenda ({0})</source>
        <translation>Mon agenda ({0})</translation>
    </message>
    <message>
        <source>The sessions the list shows ({0})</source>
        <translation>Les séances que la liste affiche ({0})</translation>
    </message>
    <message>
        <source>This session: {0}</source>
        <translation>Cette séance&#xa0;: {0}</translation>
    </message>
    <message>
        <source>This session (none selected)</source>
        <translation>Cette séance (aucune choisie)</translation>
    </message>
    <message>
        <source>Add a reminder {0} before each session</source>
        <translation>Ajouter un rappel {0} avant chaque séance</translation>
    </message>
    <message>
        <source>Add a reminder 10 minutes before each session</source>
        <translation>Ajouter un rappel 10 minutes avant chaque séance</translation>
    </message>
    <message>
        <source>Add reminders to the events</source>
        <translation>Ajouter des rappels aux événements</translation>
    </message>
    <message>
        <source>Calendar apps import the file as events that later exports update or cancel (they keep the same identity).</source>
        <translation>Les applications de calendrier importent le fichier comme des événements que les exportations suivantes mettent à jour ou annulent (ils gardent la même identité).</translation>
    </message>
    <message>
        <source>Export error</source>
        <translation>Erreur d’exportation</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export to an .ics calendar file:</source>
        <translation>Exporter dans un fichier de calendrier .ics&#xa0;:</translation>
    </message>
    <message>
        <source>Briefing Companion: my agenda</source>
        <translation>Briefing Companion&#xa0;: mon agenda</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}. Choose another place.</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}. Choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>sessions-{0}.ics</source>
        <translation>seances-{0}.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>%n session</source>
        <translation>%n séance</translation>
    </message>
    <message>
        <source>%n sessions</source>
        <translation>%n séances</translation>
    </message>
</context>
<context>
    <name>FeedListModel</name>
    <message>
        <source>{0} (bundled)</source>
        <translation>{0} (fournie)</translation>
    </message>
    <message>
        <source>bundled sample</source>
        <translation>exemple fourni</translation>
    </message>
    <message>
        <source>file {0}</source>
        <translation>fichier {0}</translation>
    </message>
    <message>
        <source> · synced {0}</source>
        <translation> · synchronisé {0}</translation>
    </message>
    <message>
        <source>Time zone {zone}, inferred from the city “{place}”</source>
        <translation>Fuseau horaire&#xa0;: {zone}, déduit de la ville «&#xa0;{place}&#xa0;»</translation>
    </message>
    <message>
        <source>Time zone {zone}, chosen by you</source>
        <translation>Fuseau horaire&#xa0;: {zone}, choisi par vous</translation>
    </message>
    <message>
        <source>Time zone {zone}</source>
        <translation>Fuseau horaire&#xa0;: {zone}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by feed</source>
        <translation>Filtrer par fil</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Filtrer par volet</translation>
    </message>
    <message>
        <source>Filter by format</source>
        <translation>Filtrer par format</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by organization</source>
        <translation>Filtrer par organisation</translation>
    </message>
    <message>
        <source>Any feed</source>
        <translation>Tous les fils</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Tous les volets</translation>
    </message>
    <message>
        <source>Any format</source>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>★ only</source>
        <translation>★ seulement</translation>
    </message>
    <message>
        <source>Show only favourites</source>
        <translation>Afficher seulement les favoris</translation>
    </message>
    <message>
        <source>With my questions</source>
        <translation>Avec mes questions</translation>
    </message>
    <message>
        <source>Show only sessions with my questions</source>
        <translation>Afficher seulement les séances où j’ai des questions</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>pretalx, frab XML, iCalendar (.ics) or a briefing feed (.json)</source>
        <translation>pretalx, frab XML, iCalendar (.ics) ou un fil de séances d’information (.json)</translation>
    </message>
    <message>
        <source>Feeds (*.json *.xml *.ics);;All files (*)</source>
        <translation>Fils (*.json *.xml *.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Calendar invites (*.ics);;All files (*)</source>
        <translation>Invitations de calendrier (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sample series</source>
        <translation>Série d’exemple</translation>
    </message>
    <message>
        <source>Sample series from {years}</source>
        <translation>Série d’exemple de {years}</translation>
    </message>
    <message>
        <source>Open an .ics invite</source>
        <translation>Ouvrir une invitation .ics</translation>
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
        <translation>Ajouter le fil de votre événement…</translation>
    </message>
    <message>
        <source>Add your event&apos;s feed</source>
        <translation>Ajouter le fil de votre événement</translation>
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
        <source>Sess&amp;ions</source>
        <translation>Séan&amp;ces</translation>
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
        <source>Filter follow-ups by status</source>
        <translation>Filtrer les suivis par état</translation>
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
        <source>Filter follow-ups by owner</source>
        <translation>Filtrer les suivis par responsable</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Filter follow-ups by session</source>
        <translation>Filtrer les suivis par séance</translation>
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
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Any session</source>
        <translation>Toutes les séances</translation>
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
        <source>follow-ups.ics</source>
        <translation>suivis.ics</translation>
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
        <source>Exported %n follow-up to {0}.</source>
        <translation>
            <numerusform>%n suivi exporté vers {0}.</numerusform>
            <numerusform>%n suivis exportés vers {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-ups to {0}.</source>
        <translation>
            <numerusform>%n suivi exporté vers {0}.</numerusform>
            <numerusform>%n suivis exportés vers {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {0}.</source>
        <translation>Importation&#xa0;: {0}.</translation>
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
        <source>Show…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>&amp;Hide this track (“{name}”)</source>
        <translation>&amp;Masquer ce volet («&#xa0;{name}&#xa0;»)</translation>
    </message>
    <message>
        <source>Hide this &amp;room (“{name}”)</source>
        <translation>Masquer cette sa&amp;lle («&#xa0;{name}&#xa0;»)</translation>
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
        <translation>(aucun dans les fils)</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Note revisions</source>
        <translation>Révisions des notes</translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them</source>
        <translation>Choisissez une révision pour voir ce qu’elle a changé, ou deux pour les comparer</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Differences between revisions</source>
        <translation>Différences entre les révisions</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Restaurer cette révision</translation>
    </message>
    <message>
        <source>Make this revision&apos;s text your notes again (saved as a new revision)</source>
        <translation>Refaire du texte de cette révision vos notes (enregistré comme nouvelle révision)</translation>
    </message>
    <message>
        <source>&amp;Revisions (newest first)</source>
        <translation>&amp;Révisions (les plus récentes d’abord)</translation>
    </message>
    <message>
        <source>No revisions yet: every save of your notes keeps one here.</source>
        <translation>Aucune révision pour l’instant&#xa0;: chaque enregistrement de vos notes en conserve une ici.</translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>Choisissez une révision pour voir ce qu’elle a changé, ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>Select at most two revisions to compare.</source>
        <translation>Choisissez au plus deux révisions à comparer.</translation>
    </message>
    <message>
        <source>Changes from {0} to {1}</source>
        <translation>Changements du {0} au {1}</translation>
    </message>
    <message>
        <source>What the save of {0} changed</source>
        <translation>Ce que l’enregistrement du {0} a changé</translation>
    </message>
    <message>
        <source>What the save of {0} changed (the first revision)</source>
        <translation>Ce que l’enregistrement du {0} a changé (la première révision)</translation>
    </message>
    <message>
        <source>(no differences)</source>
        <translation>(aucune différence)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>Optional, e.g. Recording of the briefing</source>
        <translation>Facultatif, p. ex. Enregistrement de la séance</translation>
    </message>
    <message>
        <source>Link name</source>
        <translation>Nom du lien</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter le lien</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Could not open {0}: no application to open it</source>
        <translation>Impossible d’ouvrir {0}&#xa0;: aucune application pour l’ouvrir</translation>
    </message>
</context>
<context>
    <name>LocaleText</name>
    <message>
        <source>ddd dd MMM yyyy</source>
        <comment>date format of a day (QDate::toString pattern)</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format of a day in a sentence (QDate pattern)</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format of a day heading (QDate::toString pattern)</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <comment>date format of a day this year (QDate::toString pattern)</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>%n byte</source>
        <translation>%n&#xa0;octet</translation>
    </message>
    <message>
        <source>%n bytes</source>
        <translation>%n&#xa0;octets</translation>
    </message>
    <message>
        <source>%n minute</source>
        <translation>%n minute</translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation>%n minutes</translation>
    </message>
    <message>
        <source>%n hour</source>
        <translation>%n heure</translation>
    </message>
    <message>
        <source>%n hours</source>
        <translation>%n heures</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>hours and minutes</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>%n jours</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>a day, a time</comment>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the folder set by the {variable} environment variable</source>
        <translation>le dossier indiqué par la variable d’environnement {variable}</translation>
    </message>
    <message>
        <source>the folder chosen with {option}</source>
        <translation>le dossier choisi avec {option}</translation>
    </message>
    <message>
        <source>the app&apos;s usual folder for your account</source>
        <translation>le dossier habituel de l’application pour votre compte</translation>
    </message>
    <message>
        <source>Everything the app keeps is in {folder}, {why}: the database ({name}), the live agenda file, cached photos and the logs. Back it up by copying the folder while the app is closed.</source>
        <translation>Tout ce que l’application conserve se trouve dans {folder}, {why}&#xa0;: la base de données ({name}), le fichier d’agenda tenu à jour, les photos en cache et les journaux. Sauvegardez-le en copiant le dossier pendant que l’application est fermée.</translation>
    </message>
    <message>
        <source>Everything the app keeps is in {folder}, {why}: the database ({name}), the live agenda file and cached photos. The logs are in {logs}. Back it up by copying the folder while the app is closed.</source>
        <translation>Tout ce que l’application conserve se trouve dans {folder}, {why}&#xa0;: la base de données ({name}), le fichier d’agenda tenu à jour et les photos en cache. Les journaux sont dans {logs}. Sauvegardez ce dossier en le copiant pendant que l’application est fermée.</translation>
    </message>
    <message>
        <source>Where my data lives</source>
        <translation>Où sont mes données</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Live agenda file</source>
        <translation>Fichier d’agenda tenu à jour</translation>
    </message>
    <message>
        <source>Your favourites are kept in this calendar file, rewritten after every sync and every change to your favourites. Subscribe to it from your calendar app to follow changes:</source>
        <translation>Vos favoris sont conservés dans ce fichier de calendrier, réécrit après chaque synchronisation et chaque changement de vos favoris. Abonnez-vous-y depuis votre application de calendrier pour suivre les changements&#xa0;:</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>À propos de {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;An offline companion for briefing series.&lt;br&gt;&lt;br&gt;Your data: {2}&lt;br&gt;Live agenda file: {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;Un compagnon hors ligne pour les séries de séances d’information.&lt;br&gt;&lt;br&gt;Vos données&#xa0;: {2}&lt;br&gt;Fichier d’agenda tenu à jour&#xa0;: {3}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Where my &amp;data lives…</source>
        <translation>Où sont mes &amp;données…</translation>
    </message>
    <message>
        <source>Open lo&amp;g folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Live agenda file…</source>
        <translation>Fichier d’&amp;agenda tenu à jour…</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>À &amp;propos de {0}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Mon agenda</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Présentateurs</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Études de cas</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Now &amp;&amp; next</source>
        <translation>En cours et à venir</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Could not search: {0}</source>
        <translation>Impossible de chercher&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not show the changes made elsewhere: {0}</source>
        <translation>Impossible d’afficher les changements faits ailleurs&#xa0;: {0}</translation>
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
        <translation>Fil ajouté&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Feed added</source>
        <translation>Fil ajouté</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Menu principal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import feed or invite…</source>
        <translation>&amp;Importer un fil ou une invitation…</translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation>&amp;Exporter vers le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Download pre-reads for my agenda…</source>
        <translation>Té&amp;lécharger les lectures préalables de mon agenda…</translation>
    </message>
    <message>
        <source>Export briefing &amp;pack…</source>
        <translation>Exporter la tr&amp;ousse d’information…</translation>
    </message>
    <message>
        <source>Import case-study &amp;bundle…</source>
        <translation>Importer un paquet d’étude de &amp;cas…</translation>
    </message>
    <message>
        <source>Export case stud&amp;y…</source>
        <translation>Exporter l’étude de c&amp;as…</translation>
    </message>
    <message>
        <source>Export follow-&amp;ups…</source>
        <translation>Exporter les s&amp;uivis…</translation>
    </message>
    <message>
        <source>Import follo&amp;w-ups…</source>
        <translation>Importer &amp;des suivis…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Mark &amp;attended</source>
        <translation>Noter ma &amp;présence</translation>
    </message>
    <message>
        <source>Mark &amp;not attended</source>
        <translation>Noter mon &amp;absence</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Show &amp;past sessions</source>
        <translation>Afficher les séances &amp;passées</translation>
    </message>
    <message>
        <source>&amp;Hidden tracks and rooms</source>
        <translation>Volets et salles &amp;masqués</translation>
    </message>
    <message>
        <source>&amp;Next view</source>
        <translation>Onglet suiva&amp;nt</translation>
    </message>
    <message>
        <source>P&amp;revious view</source>
        <translation>Onglet pré&amp;cédent</translation>
    </message>
    <message>
        <source>My &amp;attendance…</source>
        <translation>Mes pré&amp;sences…</translation>
    </message>
    <message>
        <source>Could not record that you joined: {0}</source>
        <translation>Impossible de noter que vous avez rejoint&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not mark the session: {0}</source>
        <translation>Impossible de marquer la séance&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Marked attended.</source>
        <translation>Présence notée.</translation>
    </message>
    <message>
        <source>Marked not attended.</source>
        <translation>Absence notée.</translation>
    </message>
    <message>
        <source>Could not change your favourites: {0}</source>
        <translation>Impossible de changer vos favoris&#xa0;: {0}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Added to your agenda; it overlaps %n other favourite: {0}</source>
        <translation>
            <numerusform>Ajoutée à votre agenda; elle chevauche %n autre favori&#xa0;: {0}</numerusform>
            <numerusform>Ajoutée à votre agenda; elle chevauche %n autres favoris&#xa0;: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to your agenda; it overlaps %n other favourites: {0}</source>
        <translation>
            <numerusform>Ajoutée à votre agenda; elle chevauche %n autre favori&#xa0;: {0}</numerusform>
            <numerusform>Ajoutée à votre agenda; elle chevauche %n autres favoris&#xa0;: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not update the live agenda file: {0}</source>
        <translation>Impossible de mettre à jour le fichier d’agenda&#xa0;: {0}</translation>
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
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event to {0}</source>
        <translation>
            <numerusform>%n événement exporté dans {0}</numerusform>
            <numerusform>%n événements exportés dans {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {0}</source>
        <translation>
            <numerusform>%n événement exporté dans {0}</numerusform>
            <numerusform>%n événements exportés dans {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the briefing pack to {0}</source>
        <translation>Trousse d’information écrite dans {0}</translation>
    </message>
    <message>
        <source>Import a feed or invite</source>
        <translation>Importer un fil ou une invitation</translation>
    </message>
    <message>
        <source>Feeds and invites (*.json *.xml *.ics);;All files (*)</source>
        <translation>Fils et invitations (*.json *.xml *.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
    <message>
        <source>Could not import: {0}</source>
        <translation>Impossible d’importer&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The language changes once the current task has finished.</source>
        <translation>La langue changera une fois la tâche en cours terminée.</translation>
    </message>
    <message>
        <source>Export &amp;my data…</source>
        <translation>Exporter &amp;mes données…</translation>
    </message>
    <message>
        <source>Import my dat&amp;a…</source>
        <translation>Importer mes donn&amp;ées…</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exporter mes données</translation>
    </message>
    <message>
        <source>my-data</source>
        <translation>mes-donnees</translation>
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
        <source>Updating kept materials</source>
        <translation>Mise à jour des documents gardés</translation>
    </message>
    <message>
        <source>Updating kept materials…</source>
        <translation>Mise à jour des documents gardés…</translation>
    </message>
    <message>
        <source>Updating kept materials ({0} of {1}): {2}</source>
        <translation>Mise à jour des documents gardés ({0} sur {1})&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Could not update the kept materials:
{0}</source>
        <translation>Impossible de mettre à jour les documents gardés&#xa0;:
{0}</translation>
    </message>
    <message>
        <source>Kept materials: {0}</source>
        <translation>Documents gardés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not update the kept materials: {0}</source>
        <translation>Impossible de mettre à jour les documents gardés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Syncing {0}: fetching…</source>
        <translation>Synchronisation de {0}&#xa0;: téléchargement…</translation>
    </message>
    <message>
        <source>Syncing {0}: parsing…</source>
        <translation>Synchronisation de {0}&#xa0;: lecture…</translation>
    </message>
    <message>
        <source>Syncing {0}: applying…</source>
        <translation>Synchronisation de {0}&#xa0;: application…</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synced: {0}</source>
        <translation>Synchronisé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Synced with errors: {0}</source>
        <translation>Synchronisé avec des erreurs&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation>La synchronisation a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Sync failed:
{0}</source>
        <translation>La synchronisation a échoué&#xa0;:
{0}</translation>
    </message>
    <message>
        <source>Choose time zone…</source>
        <translation>Choisir le fuseau horaire…</translation>
    </message>
    <message>
        <source>View changes</source>
        <translation>Voir les changements</translation>
    </message>
    <message>
        <source>Sync could not run: {0}</source>
        <translation>La synchronisation n’a pas pu s’exécuter&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Local feeds only</source>
        <translation>Fils locaux seulement</translation>
    </message>
    <message>
        <source>Last synced {0}</source>
        <translation>Dernière synchronisation {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>The last sync could not reach the feeds; you are browsing the offline copy.</source>
        <translation>La dernière synchronisation n’a pas pu joindre les fils; vous consultez la copie hors ligne.</translation>
    </message>
    <message>
        <source>The last sync reached the feeds.</source>
        <translation>La dernière synchronisation a joint les fils.</translation>
    </message>
    <message>
        <source>Imported {count} session from {name}</source>
        <translation>{count} séance importée de {name}</translation>
    </message>
    <message>
        <source>Imported {count} sessions from {name}</source>
        <translation>{count} séances importées de {name}</translation>
    </message>
    <message>
        <source>Nothing new to import from {name}</source>
        <translation>Rien de nouveau à importer de {name}</translation>
    </message>
    <message>
        <source>Imported {name}: {summary}</source>
        <translation>{name} importé&#xa0;: {summary}</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message>
        <source>{0} (click to edit)</source>
        <translation>{0} (cliquez pour modifier)</translation>
    </message>
    <message>
        <source>Click to edit (Markdown)</source>
        <translation>Cliquez pour modifier (Markdown)</translation>
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
    <message>
        <source>Materials</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>No materials yet.
Drop files here, or use Attach file… (up to {0} each) or Add link…</source>
        <translation>Aucun document pour l’instant.
Déposez des fichiers ici, ou utilisez Joindre un fichier… (jusqu’à {0} chacun) ou Ajouter un lien…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Copy a file into the case study (up to {0})</source>
        <translation>Copier un fichier dans l’étude de cas (jusqu’à {0})</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the material</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>Open with the system&apos;s application (or the browser)</source>
        <translation>Ouvrir avec l’application du système (ou le navigateur)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the material</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Files are copied into the app&apos;s data folder (stored once, up to {0} each).</source>
        <translation>Les fichiers sont copiés dans le dossier de données de l’application (stockés une seule fois, jusqu’à {0} chacun).</translation>
    </message>
    <message>
        <source>Attach files to the case study</source>
        <translation>Joindre des fichiers à l’étude de cas</translation>
    </message>
    <message>
        <source>{0} is not a file (folders cannot be attached)</source>
        <translation>{0} n’est pas un fichier (les dossiers ne peuvent pas être joints)</translation>
    </message>
    <message>
        <source>Could not attach {0}: the file is not there any more</source>
        <translation>Impossible de joindre {0}&#xa0;: le fichier n’existe plus</translation>
    </message>
    <message>
        <source>Could not attach {0}: {1}</source>
        <translation>Impossible de joindre {0}&#xa0;: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Attaching {0} (%n more waiting)…</source>
        <translation>
            <numerusform>Ajout de {0} (%n autre en attente)…</numerusform>
            <numerusform>Ajout de {0} (%n autres en attente)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attaching {0}…</source>
        <translation>Ajout de {0}…</translation>
    </message>
    <message>
        <source>Attaching {0} was cancelled; nothing was added.</source>
        <translation>L’ajout de {0} a été annulé; rien n’a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Attaching {0} was cancelled; nothing was added (and %n waiting file skipped).</source>
        <translation>
            <numerusform>L’ajout de {0} a été annulé; rien n’a été ajouté (et %n fichier en attente a été ignoré).</numerusform>
            <numerusform>L’ajout de {0} a été annulé; rien n’a été ajouté (et %n fichiers en attente ont été ignorés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attaching {0} was cancelled; nothing was added (and %n waiting files skipped).</source>
        <translation>
            <numerusform>L’ajout de {0} a été annulé; rien n’a été ajouté (et %n fichier en attente a été ignoré).</numerusform>
            <numerusform>L’ajout de {0} a été annulé; rien n’a été ajouté (et %n fichiers en attente ont été ignorés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the link</source>
        <translation>Impossible d’ajouter le lien</translation>
    </message>
    <message>
        <source>Not opening {0}: only web and mail links open</source>
        <translation>{0} n’est pas ouvert&#xa0;: seuls les liens Web et de courriel s’ouvrent</translation>
    </message>
    <message>
        <source>Could not open {0}: {1}</source>
        <translation>Impossible d’ouvrir {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Could not remove the material: {0}</source>
        <translation>Impossible de retirer le document&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not remove the material</source>
        <translation>Impossible de retirer le document</translation>
    </message>
    <message>
        <source>Removed “{0}” from the case study.</source>
        <translation>«&#xa0;{0}&#xa0;» retiré de l’étude de cas.</translation>
    </message>
</context>
<context>
    <name>MaterialsSection</name>
    <message>
        <source>&amp;Materials</source>
        <translation>Doc&amp;uments</translation>
    </message>
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
        <source>&amp;Materials (%n)</source>
        <translation>
            <numerusform>Doc&amp;uments (%n)</numerusform>
            <numerusform>Doc&amp;uments (%n)</numerusform>
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
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>MyDataImportDialog</name>
    <message>
        <source>%n favourite</source>
        <translation>%n favori</translation>
    </message>
    <message>
        <source>%n favourites</source>
        <translation>%n favoris</translation>
    </message>
    <message>
        <source>%n note</source>
        <translation>%n note</translation>
    </message>
    <message>
        <source>%n notes</source>
        <translation>%n notes</translation>
    </message>
    <message>
        <source>%n question</source>
        <translation>%n question</translation>
    </message>
    <message>
        <source>%n questions</source>
        <translation>%n questions</translation>
    </message>
    <message>
        <source>%n reminder</source>
        <translation>%n rappel</translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation>%n rappels</translation>
    </message>
    <message>
        <source>%n follow-up</source>
        <translation>%n suivi</translation>
    </message>
    <message>
        <source>%n follow-ups</source>
        <translation>%n suivis</translation>
    </message>
    <message>
        <source>%n attendance record</source>
        <translation>%n présence consignée</translation>
    </message>
    <message>
        <source>%n attendance records</source>
        <translation>%n présences consignées</translation>
    </message>
    <message>
        <source>Conflict: {0}</source>
        <translation>Conflit&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Kept until a sync brings its session: {0}</source>
        <translation>Conservé jusqu’à ce qu’une synchronisation apporte sa séance&#xa0;: {0}</translation>
    </message>
    <message>
        <source>%n item kept from an earlier import attached</source>
        <translation>%n élément conservé d’une importation précédente rattaché</translation>
    </message>
    <message>
        <source>%n items kept from an earlier import attached</source>
        <translation>%n éléments conservés d’une importation précédente rattachés</translation>
    </message>
    <message>
        <source>Nothing changed: everything in the file was here already</source>
        <translation>Rien n’a changé&#xa0;: tout le contenu du fichier était déjà ici</translation>
    </message>
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
        <source>{0} was exported on {1} at {2} UTC by Briefing Companion {3}. It holds:</source>
        <translation>{0} a été exporté le {1} à {2} UTC par Briefing Companion {3}. Il contient&#xa0;:</translation>
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
        <source>Notes (Markdown)</source>
        <translation>Notes (Markdown)</translation>
    </message>
    <message>
        <source>Your notes in Markdown: # headings, **bold**, - lists, [links](https://…).
They are saved as you type, with every version kept in History.</source>
        <translation>Vos notes en Markdown&#xa0;: # titres, **gras**, - listes, [liens](https://…).
Elles sont enregistrées pendant que vous tapez, et chaque version est conservée dans l’historique.</translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation>Aperçu des notes</translation>
    </message>
    <message>
        <source>The preview of your notes shows here.</source>
        <translation>L’aperçu de vos notes s’affiche ici.</translation>
    </message>
    <message>
        <source>Notes save state</source>
        <translation>État de l’enregistrement des notes</translation>
    </message>
    <message>
        <source>Mar&amp;kdown</source>
        <translation>Mar&amp;kdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
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
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Saving… the database is busy (a sync is running); your text is kept</source>
        <translation>Enregistrement… la base de données est occupée (une synchronisation est en cours); votre texte est conservé</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Enregistré {0}</translation>
    </message>
    <message>
        <source>Not saved: {0}. Your text is still here.</source>
        <translation>Non enregistré&#xa0;: {0}. Votre texte est toujours là.</translation>
    </message>
    <message>
        <source>Could not save your notes: {0}</source>
        <translation>Impossible d’enregistrer vos notes&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>NowNextModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>ending in {time}</source>
        <translation>se termine dans {time}</translation>
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
        <translation>Heures&#xa0;: {zone}, votre fuseau horaire</translation>
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
        <translation>Tous les types</translation>
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
        <translation>Les fils ne nomment aucune organisation.</translation>
    </message>
    <message>
        <source>This organization is no longer in any feed.</source>
        <translation>Cette organisation ne figure plus dans aucun fil.</translation>
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
    <message>
        <source>Government partner</source>
        <translation>Partenaire gouvernemental</translation>
    </message>
    <message>
        <source>Member company</source>
        <translation>Entreprise membre</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%n session</source>
        <translation>%n séance</translation>
    </message>
    <message>
        <source>%n sessions</source>
        <translation>%n séances</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Print briefing pack</source>
        <translation>Imprimer la trousse d’information</translation>
    </message>
    <message>
        <source>Export briefing pack</source>
        <translation>Exporter la trousse d’information</translation>
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
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
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
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Briefing pack status</source>
        <translation>État de la trousse d’information</translation>
    </message>
    <message>
        <source>Briefing pack error</source>
        <translation>Erreur de la trousse d’information</translation>
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
        <translation>Une trousse à imprimer&#xa0;: une page couverture, la table des matières avec les numéros de page et, pour chaque séance, ses heures (celles de l’événement et les vôtres), le lien pour rejoindre, le résumé, les présentateurs, les études de cas, les documents, ainsi que vos notes et questions.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>PDF &amp;file:</source>
        <translation>F&amp;ichier PDF&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the sessions for the pack.</source>
        <translation>Choisissez les séances de la trousse.</translation>
    </message>
    <message>
        <source>briefing-pack-{0}.pdf</source>
        <translation>trousse-{0}.pdf</translation>
    </message>
    <message>
        <source>briefing-pack-agenda-{0}.pdf</source>
        <translation>trousse-agenda-{0}.pdf</translation>
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
        <translation>Création de la trousse d’information…</translation>
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
        <translation>Préparation de la trousse d’information…</translation>
    </message>
    <message>
        <source>Choose the file to print to</source>
        <translation>Choisir le fichier où imprimer</translation>
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
        <translation>Impossible de créer la trousse d’information&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>the photo is too big ({0}×{1} pixels)</source>
        <translation>la photo est trop grande ({0}×{1} pixels)</translation>
    </message>
    <message>
        <source>the photo cannot be read: {0}</source>
        <translation>la photo ne peut pas être lue&#xa0;: {0}</translation>
    </message>
    <message>
        <source>cannot read the cached photo {0}: {1}</source>
        <translation>impossible de lire la photo en cache {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation>pas une adresse Web</translation>
    </message>
</context>
<context>
    <name>PrereadsDialog</name>
    <message>
        <source>no materials to download</source>
        <translation>aucun document à télécharger</translation>
    </message>
    <message>
        <source>%n file</source>
        <translation>%n fichier</translation>
    </message>
    <message>
        <source>%n files</source>
        <translation>%n fichiers</translation>
    </message>
    <message>
        <source>{0}, total size unknown</source>
        <translation>{0}, taille totale inconnue</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0} + %n of unknown size</source>
        <translation>{0} + %n de taille inconnue</translation>
    </message>
    <message>
        <source>%n downloaded ({0})</source>
        <translation>téléchargés&#xa0;: %n ({0})</translation>
    </message>
    <message>
        <source>%n up to date</source>
        <translation>à jour&#xa0;: %n</translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation>en échec&#xa0;: %n</translation>
    </message>
    <message>
        <source>%n not downloaded (cancelled)</source>
        <translation>non téléchargés&#xa0;: %n (annulé)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing to download</source>
        <translation>rien à télécharger</translation>
    </message>
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
    <name>PresentersView</name>
    <message>
        <source>{0} (removed from the feed)</source>
        <translation>{0} (retiré du fil)</translation>
    </message>
    <message>
        <source>Removed from the feed</source>
        <translation>Retiré du fil</translation>
    </message>
    <message>
        <source>%n session</source>
        <translation>%n séance</translation>
    </message>
    <message>
        <source>%n sessions</source>
        <translation>%n séances</translation>
    </message>
    <message>
        <source>*No biography in the feed.*</source>
        <translation>*Aucune biographie dans le fil.*</translation>
    </message>
    <message>
        <source>### Links</source>
        <translation>### Liens</translation>
    </message>
    <message>
        <source>### Case studies</source>
        <translation>### Études de cas</translation>
    </message>
    <message>
        <source>Search presenters (name, title, organization, biography)…</source>
        <translation>Chercher des présentateurs (nom, titre, organisation, biographie)…</translation>
    </message>
    <message>
        <source>Search presenters</source>
        <translation>Chercher des présentateurs</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Présentateurs</translation>
    </message>
    <message>
        <source>Number of presenters</source>
        <translation>Nombre de présentateurs</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sessions and status</source>
        <translation>Séances et état</translation>
    </message>
    <message>
        <source>Biography and links</source>
        <translation>Biographie et liens</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>Sessions of this presenter</source>
        <translation>Séances de ce présentateur</translation>
    </message>
    <message>
        <source>Sessions heading</source>
        <translation>Titre des séances</translation>
    </message>
    <message>
        <source>No presenter</source>
        <translation>Aucun présentateur</translation>
    </message>
    <message numerus="yes">
        <source>%n presenter matches “{0}”</source>
        <translation>
            <numerusform>%n présentateur correspond à «&#xa0;{0}&#xa0;»</numerusform>
            <numerusform>%n présentateurs correspondent à «&#xa0;{0}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presenters match “{0}”</source>
        <translation>
            <numerusform>%n présentateur correspond à «&#xa0;{0}&#xa0;»</numerusform>
            <numerusform>%n présentateurs correspondent à «&#xa0;{0}&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>No presenters match “{0}”.</source>
        <translation>Aucun présentateur ne correspond à «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n presenter</source>
        <translation>
            <numerusform>%n présentateur</numerusform>
            <numerusform>%n présentateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presenters</source>
        <translation>
            <numerusform>%n présentateur</numerusform>
            <numerusform>%n présentateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>No presenters yet. Import a feed that lists speakers.</source>
        <translation>Aucun présentateur pour l’instant. Importez un fil qui liste des conférenciers.</translation>
    </message>
    <message>
        <source>This presenter is no longer in any feed.</source>
        <translation>Ce présentateur ne figure plus dans aucun fil.</translation>
    </message>
    <message>
        <source> · removed from the feed</source>
        <translation> · retiré du fil</translation>
    </message>
    <message>
        <source>&amp;Sessions ({0})</source>
        <translation>&amp;Séances ({0})</translation>
    </message>
    <message>
        <source>Initials of {0} (no photo)</source>
        <translation>Initiales de {0} (aucune photo)</translation>
    </message>
    <message>
        <source>Photo unavailable: {0}</source>
        <translation>Photo non disponible&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Photo of {0}</source>
        <translation>Photo de {0}</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Operation in progress</source>
        <translation>Opération en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation>Annuler l’opération</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
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
        <source>My &amp;questions</source>
        <translation>Mes &amp;questions</translation>
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
        <translation>Votre question, puis Entrée</translation>
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
        <source>My &amp;questions (%n)</source>
        <translation>
            <numerusform>Mes &amp;questions (%n)</numerusform>
            <numerusform>Mes &amp;questions (%n)</numerusform>
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
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>More reminders</source>
        <translation>Autres rappels</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>Tout &amp;fermer</translation>
    </message>
    <message>
        <source>Dismiss all reminders</source>
        <translation>Fermer tous les rappels</translation>
    </message>
    <message numerus="yes">
        <source>and %n more reminder</source>
        <translation>
            <numerusform>et %n autre rappel</numerusform>
            <numerusform>et %n autres rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more reminders</source>
        <translation>
            <numerusform>et %n autre rappel</numerusform>
            <numerusform>et %n autres rappels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderListModel</name>
    <message>
        <source>Follow-up due {0}</source>
        <translation>Suivi dû {0}</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <source>%n sessions starting soon</source>
        <translation>
            <numerusform>%n séance commence bientôt</numerusform>
            <numerusform>%n séances commencent bientôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminders</source>
        <translation>
            <numerusform>%n rappel</numerusform>
            <numerusform>%n rappels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Follow-up: {0}</source>
        <translation>Suivi&#xa0;: {0}</translation>
    </message>
    <message>
        <source>due in {0}</source>
        <translation>dû dans {0}</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>dû maintenant</translation>
    </message>
    <message>
        <source>due {0} ago</source>
        <translation>dû depuis {0}</translation>
    </message>
    <message>
        <source>starting in {0}</source>
        <translation>commence dans {0}</translation>
    </message>
    <message>
        <source>starting now</source>
        <translation>commence maintenant</translation>
    </message>
    <message>
        <source>started {0} ago</source>
        <translation>commencée depuis {0}</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message numerus="yes">
        <source>%n word</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · current</source>
        <translation>{0} · actuelle</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>SafeLinks</name>
    <message>
        <source>a “{0}:” link</source>
        <translation>un lien «&#xa0;{0}:&#xa0;»</translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation>pas une adresse Web</translation>
    </message>
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
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
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
    <name>SessionDetail</name>
    <message>
        <source>~~{0}~~ (removed from the feed)</source>
        <translation>~~{0}~~ (retirée du fil)</translation>
    </message>
    <message>
        <source>~~{0}~~ (cancelled)</source>
        <translation>~~{0}~~ (annulée)</translation>
    </message>
    <message>
        <source>**When:** {0} ({1})</source>
        <translation>**Quand&#xa0;:** {0} ({1})</translation>
    </message>
    <message>
        <source>**Your time:** {0}{1}</source>
        <translation>**Votre heure&#xa0;:** {0}{1}</translation>
    </message>
    <message>
        <source>**{0}:** &lt;{1}&gt;</source>
        <translation>**{0}&#xa0;:** &lt;{1}&gt;</translation>
    </message>
    <message>
        <source>**{0}:** {1}</source>
        <translation>**{0}&#xa0;:** {1}</translation>
    </message>
    <message>
        <source>★ **In your favourites**</source>
        <translation>★ **Dans vos favoris**</translation>
    </message>
    <message>
        <source>### Presenters</source>
        <translation>### Présentateurs</translation>
    </message>
    <message>
        <source>### Case studies</source>
        <translation>### Études de cas</translation>
    </message>
    <message>
        <source>### My notes</source>
        <translation>### Mes notes</translation>
    </message>
</context>
<context>
    <name>SessionDetailPanel</name>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 minutes avant</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 minutes avant</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutes avant</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutes avant</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 heure avant</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message>
        <source>☆ Add to my agenda</source>
        <translation>☆ À mon agenda</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join the session online</source>
        <translation>Rejoindre la séance en ligne</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>Commentaires…</translation>
    </message>
    <message>
        <source>Give feedback on the session</source>
        <translation>Donner vos commentaires sur la séance</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Au calendrier…</translation>
    </message>
    <message>
        <source>Add to calendar (.ics)</source>
        <translation>Ajouter au calendrier (.ics)</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Me le rappeler</translation>
    </message>
    <message>
        <source>When to remind you of this session (favourites only)</source>
        <translation>Quand vous rappeler cette séance (favoris seulement)</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>Me le &amp;rappeler</translation>
    </message>
    <message>
        <source>When joining opens</source>
        <translation>Quand on peut rejoindre</translation>
    </message>
    <message>
        <source>Overlap warning</source>
        <translation>Avertissement de chevauchement</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source>Read with the arrow keys; its links are in the button after it</source>
        <translation>Se lit avec les flèches; ses liens sont dans le bouton qui suit</translation>
    </message>
    <message>
        <source>A menu of the links in the session details: presenters, case studies, addresses</source>
        <translation>Un menu des liens des détails de la séance&#xa0;: présentateurs, études de cas, adresses</translation>
    </message>
    <message>
        <source>My notes on this session (saved as you type)…</source>
        <translation>Mes notes sur cette séance (enregistrées pendant que vous tapez)…</translation>
    </message>
    <message>
        <source>My &amp;notes</source>
        <translation>Mes &amp;notes</translation>
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
        <translation>Nouveau suivi…</translation>
    </message>
    <message>
        <source>Add a follow-up linked to this session</source>
        <translation>Ajouter un suivi lié à cette séance</translation>
    </message>
    <message>
        <source>My &amp;notes (changed elsewhere)</source>
        <translation>Mes &amp;notes (modifiées ailleurs)</translation>
    </message>
    <message>
        <source>My &amp;notes (earlier version restored)</source>
        <translation>Mes &amp;notes (version antérieure restaurée)</translation>
    </message>
    <message>
        <source>My &amp;notes (saved; the other version is in History)</source>
        <translation>Mes &amp;notes (enregistrées; l’autre version est dans l’historique)</translation>
    </message>
    <message>
        <source>My &amp;notes (saved)</source>
        <translation>Mes &amp;notes (enregistrées)</translation>
    </message>
    <message>
        <source>My &amp;notes (not saved: {0})</source>
        <translation>Mes &amp;notes (non enregistrées&#xa0;: {0})</translation>
    </message>
    <message>
        <source>My &amp;notes (saving… the database is busy: a sync is running)</source>
        <translation>Mes &amp;notes (enregistrement… la base de données est occupée&#xa0;: une synchronisation est en cours)</translation>
    </message>
    <message>
        <source>My &amp;notes (not saved yet: your text is kept here)</source>
        <translation>Mes &amp;notes (pas encore enregistrées&#xa0;: votre texte est conservé ici)</translation>
    </message>
    <message numerus="yes">
        <source>%n link in the text</source>
        <translation>
            <numerusform>%n lien dans le texte</numerusform>
            <numerusform>%n liens dans le texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links in the text</source>
        <translation>
            <numerusform>%n lien dans le texte</numerusform>
            <numerusform>%n liens dans le texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link in the session details</source>
        <translation>
            <numerusform>%n lien dans les détails de la séance</numerusform>
            <numerusform>%n liens dans les détails de la séance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links in the session details</source>
        <translation>
            <numerusform>%n lien dans les détails de la séance</numerusform>
            <numerusform>%n liens dans les détails de la séance</numerusform>
        </translation>
    </message>
    <message>
        <source>Session details. Read with the arrow keys; its links are in the button after it</source>
        <translation>Détails de la séance. Se lit avec les flèches; ses liens sont dans le bouton qui suit</translation>
    </message>
    <message>
        <source>Session details. Read with the arrow keys</source>
        <translation>Détails de la séance. Se lit avec les flèches</translation>
    </message>
    <message>
        <source>Presenter: {0}</source>
        <translation>Présentateur ou présentatrice&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Case study: {0}</source>
        <translation>Étude de cas&#xa0;: {0}</translation>
    </message>
    <message>
        <source>E-mail {0}</source>
        <translation>Courriel à {0}</translation>
    </message>
    <message>
        <source>{text} ({site})</source>
        <translation>{text} ({site})</translation>
    </message>
    <message>
        <source>★ In my agenda</source>
        <translation>★ Dans mon agenda</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>⚠ Overlaps: {0}</source>
        <translation>⚠ Chevauche&#xa0;: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Default ({0})</source>
        <translation>Par défaut ({0})</translation>
    </message>
    <message>
        <source>{0} before</source>
        <translation>{0} avant</translation>
    </message>
    <message>
        <source>Could not save the reminder: {0}</source>
        <translation>Impossible d’enregistrer le rappel&#xa0;: {0}</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>Cette séance est annulée.</translation>
    </message>
    <message>
        <source>This session has ended.</source>
        <translation>Cette séance est terminée.</translation>
    </message>
    <message>
        <source>Joining opens 15 minutes before the start.</source>
        <translation>On peut rejoindre 15 minutes avant le début.</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Ajouter au calendrier</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>No track</source>
        <translation>Aucun volet</translation>
    </message>
    <message>
        <source>No kind</source>
        <translation>Aucun type</translation>
    </message>
    <message>
        <source>No format</source>
        <translation>Aucun format</translation>
    </message>
    <message>
        <source>Today · {0}</source>
        <translation>Aujourd’hui · {0}</translation>
    </message>
    <message>
        <source>Tomorrow · {0}</source>
        <translation>Demain · {0}</translation>
    </message>
    <message>
        <source>Yesterday · {0}</source>
        <translation>Hier · {0}</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message numerus="yes">
        <source>{0}  ·  %n session</source>
        <translation>
            <numerusform>{0}  ·  %n séance</numerusform>
            <numerusform>{0}  ·  %n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}  ·  %n sessions</source>
        <translation>
            <numerusform>{0}  ·  %n séance</numerusform>
            <numerusform>{0}  ·  %n séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>No presenters listed</source>
        <translation>Aucun présentateur indiqué</translation>
    </message>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Présentateurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Click or press Space to remove from favourites</source>
        <translation>Cliquez ou appuyez sur Espace pour retirer des favoris</translation>
    </message>
    <message>
        <source>Click or press Space to add to favourites</source>
        <translation>Cliquez ou appuyez sur Espace pour ajouter aux favoris</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>Pas un favori</translation>
    </message>
    <message>
        <source>No {0}</source>
        <translation>Aucun {0}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Favourites first</source>
        <translation>Favoris d’abord</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Meilleur résultat</translation>
    </message>
    <message>
        <source>Search sessions, presenters, case studies, notes, questions…</source>
        <translation>Chercher des séances, présentateurs, études de cas, notes, questions…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Show past sessions</source>
        <translation>Afficher les séances passées</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Sort by (or click a column header)</source>
        <translation>Trier par (ou cliquez sur un en-tête de colonne)</translation>
    </message>
    <message>
        <source>Sort: {0}</source>
        <translation>Tri&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Toggle favourite</source>
        <translation>Ajouter ou retirer des favoris</translation>
    </message>
    <message>
        <source>No upcoming sessions match “{0}”; these are past ones.</source>
        <translation>Aucune séance à venir ne correspond à «&#xa0;{0}&#xa0;»; voici des séances passées.</translation>
    </message>
    <message>
        <source>No upcoming sessions. These are the most recent ones.</source>
        <translation>Aucune séance à venir. Voici les plus récentes.</translation>
    </message>
    <message>
        <source>“{text}” is in most sessions, so they are listed by time. Type more to see the best matches first.</source>
        <translation>«&#xa0;{text}&#xa0;» figure dans la plupart des séances&#xa0;: elles sont donc listées par heure. Tapez davantage pour voir d’abord les meilleurs résultats.</translation>
    </message>
    <message>
        <source>No sessions match “{0}”.</source>
        <translation>Aucune séance ne correspond à «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>No sessions match the filters.</source>
        <translation>Aucune séance ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>No sessions yet. Use File › Import feed… to load a feed file.</source>
        <translation>Aucune séance pour l’instant. Utilisez Fichier › Importer un fil… pour charger un fichier de fil.</translation>
    </message>
    <message>
        <source>Nothing coming up · {label}</source>
        <translation>Rien à venir · {label}</translation>
    </message>
    <message numerus="yes">
        <source>%n session shown</source>
        <translation>
            <numerusform>%n séance affichée</numerusform>
            <numerusform>%n séances affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions shown</source>
        <translation>
            <numerusform>%n séance affichée</numerusform>
            <numerusform>%n séances affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}+ sessions shown</source>
        <translation>{count}+ séances affichées</translation>
    </message>
    <message numerus="yes">
        <source>%n feed</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n fils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n fils</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>You are looking at the &lt;b&gt;{label}&lt;/b&gt; that comes with the app. &lt;a href=&apos;add-feed&apos;&gt;Add your event&apos;s feed…&lt;/a&gt;</source>
        <translation>Vous consultez la &lt;b&gt;{label}&lt;/b&gt; fournie avec l’application. &lt;a href=&apos;add-feed&apos;&gt;Ajouter le fil de votre événement…&lt;/a&gt;</translation>
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
        <translation>Changer le fuseau horaire du fil</translation>
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
        <translation>Un téléchargement de fil ou de photo qui n’est pas terminé après ce délai, nouvelles tentatives comprises, est arrêté comme bloqué.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation>&#xa0;Mio</translation>
    </message>
    <message>
        <source>Largest feed to download, in MiB</source>
        <translation>Plus gros fil à télécharger, en Mio</translation>
    </message>
    <message>
        <source>A feed larger than this is refused before it is read.</source>
        <translation>Un fil plus gros que cela est refusé avant d’être lu.</translation>
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
        <source>The event&apos;s time zone</source>
        <translation>Le fuseau horaire de l’événement</translation>
    </message>
    <message>
        <source>My time zone</source>
        <translation>Mon fuseau horaire</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fils</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>Ajouter un fil…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Ajouter un fil</translation>
    </message>
    <message>
        <source>Sync all feeds now</source>
        <translation>Synchroniser tous les fils maintenant</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Seulement sur demande</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <source>Reminder lead time in minutes</source>
        <translation>Délai du rappel en minutes</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Afficher les heures en</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Could not save the settings: {0}</source>
        <translation>Impossible d’enregistrer les paramètres&#xa0;: {0}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>Added: {0}</source>
        <translation>Ajouté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>This feed names its own time zone.</source>
        <translation>Ce fil indique son propre fuseau horaire.</translation>
    </message>
    <message>
        <source>Choose the time zone of a feed that does not name its own.</source>
        <translation>Choisissez le fuseau horaire d’un fil qui n’indique pas le sien.</translation>
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
        <translation>{name} utilise maintenant le fuseau horaire {zone}; nouvelle synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>Remove {0}? %n thing of yours on its sessions (a favourite, note, question or reminder) goes with it.</source>
        <translation>
            <numerusform>Retirer {0}? %n élément à vous sur ses séances (un favori, une note, une question ou un rappel) partira avec lui.</numerusform>
            <numerusform>Retirer {0}? %n élément à vous sur ses séances (un favori, une note, une question ou un rappel) partira avec lui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove {0}? %n things of yours on its sessions (favourites, notes, questions, reminders) go with it.</source>
        <translation>
            <numerusform>Retirer {0}? %n élément à vous sur ses séances (un favori, une note, une question ou un rappel) partira avec lui.</numerusform>
            <numerusform>Retirer {0}? %n éléments à vous sur ses séances (favoris, notes, questions, rappels) partiront avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed removed.</source>
        <translation>Fil retiré.</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Retirer le fil</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>&amp;Fréquence de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Give up on a download after</source>
        <translation>A&amp;bandonner un téléchargement après</translation>
    </message>
    <message>
        <source>&amp;Refuse feeds larger than</source>
        <translation>&amp;Refuser les fils de plus de</translation>
    </message>
    <message>
        <source>&amp;Keep offline files up to</source>
        <translation>&amp;Garder hors ligne les fichiers jusqu’à</translation>
    </message>
    <message>
        <source>Re&amp;mind me</source>
        <translation>&amp;Me le rappeler</translation>
    </message>
    <message>
        <source>Show &amp;times in</source>
        <translation>Afficher les &amp;heures en</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>H&amp;ide tracks and rooms</source>
        <translation>Masquer des &amp;volets et des salles</translation>
    </message>
    <message>
        <source>Could not remove the feed</source>
        <translation>Impossible de retirer le fil</translation>
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
    <name>TimelineLayout</name>
    <message>
        <source>No room</source>
        <translation>Aucune salle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Event time: {0}</source>
        <translation>Heure de l’événement&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Room: {0}</source>
        <translation>Salle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Track: {0}</source>
        <translation>Volet&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Removed from the feed</source>
        <translation>Retiré du fil</translation>
    </message>
    <message>
        <source>★ In your favourites</source>
        <translation>★ Dans vos favoris</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
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
    <name>_ChoiceList</name>
    <message>
        <source>Filter {0}…</source>
        <translation>Filtrer les {0}…</translation>
    </message>
    <message>
        <source>Filter {0}</source>
        <translation>Filtrer les {0}</translation>
    </message>
    <message>
        <source>Linked {0}</source>
        <translation>{0} liés</translation>
    </message>
    <message>
        <source>Tick the {0} this case study belongs to</source>
        <translation>Cochez les {0} auxquels appartient cette étude de cas</translation>
    </message>
</context>
<context>
    <name>_FieldBlock</name>
    <message>
        <source>{0}: state</source>
        <translation>{0}&#xa0;: état</translation>
    </message>
    <message>
        <source>feed changed</source>
        <translation>fil modifié</translation>
    </message>
    <message>
        <source>{0}: the feed changed it</source>
        <translation>{0}&#xa0;: le fil l’a changé</translation>
    </message>
    <message>
        <source>↺ Use the feed&apos;s</source>
        <translation>↺ Utiliser celui du fil</translation>
    </message>
    <message>
        <source>Use the feed&apos;s {0}</source>
        <translation>Utiliser {0} du fil</translation>
    </message>
    <message>
        <source>Drop your edit of this field and show the feed&apos;s value</source>
        <translation>Abandonner votre modification de ce champ et afficher la valeur du fil</translation>
    </message>
    <message>
        <source>The feed&apos;s {0}</source>
        <translation>{0} du fil</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>Feed&apos;s version: {0}</source>
        <translation>Version du fil&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>_ReminderRow</name>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join {0}</source>
        <translation>Rejoindre {0}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>Afficher {0}</translation>
    </message>
    <message>
        <source>Show this session in the list</source>
        <translation>Afficher cette séance dans la liste</translation>
    </message>
    <message>
        <source>Show this follow-up</source>
        <translation>Afficher ce suivi</translation>
    </message>
    <message>
        <source>Dismiss the reminder for {0}</source>
        <translation>Fermer le rappel de {0}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reminder: {0}, {1}, {2}</source>
        <translation>Rappel&#xa0;: {0}, {1}, {2}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>invalid choice: {value!r} (choose from {choices})</source>
        <translation>choix non valide&#xa0;: {value!r} (choisir parmi {choices})</translation>
    </message>
    <message>
        <source>{name}: &apos;{text}&apos; is not valid UTF-8 text; give it in UTF-8 (file names too: rename the file)</source>
        <translation>{name}&#xa0;: «&#xa0;{text}&#xa0;» n’est pas du texte UTF-8 valide; donnez-le en UTF-8 (les noms de fichiers aussi&#xa0;: renommez le fichier)</translation>
    </message>
    <message>
        <source>the standard input holds more than {n} MiB; notes that long are refused, nothing was saved</source>
        <translation>l’entrée standard contient plus de {n}&#xa0;Mio; des notes aussi longues sont refusées, rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the standard input is not UTF-8 text (bad byte at offset {offset}); nothing was saved</source>
        <translation>l’entrée standard n’est pas du texte UTF-8 (octet invalide à la position {offset}); rien n’a été enregistré</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>not attended</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation>sans marque</translation>
    </message>
    <message>
        <source>#{id} {title}: {state}.</source>
        <translation>#{id} {title}&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>No attendance yet: press Join in the window, or {prog} attendance mark ID attended.</source>
        <translation>Aucune présence pour l’instant&#xa0;: appuyez sur Rejoindre dans la fenêtre, ou «&#xa0;{prog} attendance mark NUMÉRO attended&#xa0;».</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>marquée</translation>
    </message>
    <message>
        <source>[{state}, {how}]</source>
        <translation>[{state}, {how}]</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>rejointe</translation>
    </message>
    <message>
        <source> (removed from its feed)</source>
        <translation> (retirée de son fil)</translation>
    </message>
    <message>
        <source>{n} session</source>
        <translation>{n} séance</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} séances</translation>
    </message>
    <message>
        <source>(no series)</source>
        <translation>(aucune série)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>wrote {n} attended session to {path}</source>
        <translation>{n} séance avec présence écrite dans {path}</translation>
    </message>
    <message>
        <source>wrote {n} attended sessions to {path}</source>
        <translation>{n} séances avec présence écrites dans {path}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>say where to write: -o FILE (or -o - for the terminal)</source>
        <translation>indiquez où écrire&#xa0;: -o FICHIER (ou -o - pour le terminal)</translation>
    </message>
    <message>
        <source>no sessions to export; the file has no events</source>
        <translation>aucune séance à exporter; le fichier n’a aucun événement</translation>
    </message>
    <message>
        <source>wrote {n} event to {path}</source>
        <translation>{n} événement écrit dans {path}</translation>
    </message>
    <message>
        <source>wrote {n} events to {path}</source>
        <translation>{n} événements écrits dans {path}</translation>
    </message>
    <message>
        <source>my-sessions.ics</source>
        <translation>mes-seances.ics</translation>
    </message>
    <message>
        <source>there is no database at {path} yet</source>
        <translation>il n’y a pas encore de base de données à {path}</translation>
    </message>
    <message>
        <source>{path}: empty (no data in it; the next start loads the sample)</source>
        <translation>{path}&#xa0;: vide (aucune donnée; le prochain démarrage charge l’exemple)</translation>
    </message>
    <message>
        <source>{path}: ok</source>
        <translation>{path}&#xa0;: correcte</translation>
    </message>
    <message>
        <source>there is no database at {path}</source>
        <translation>il n’y a pas de base de données à {path}</translation>
    </message>
    <message>
        <source>{path} is empty: there is nothing to recover; nothing was changed</source>
        <translation>{path} est vide&#xa0;: il n’y a rien à récupérer; rien n’a été changé</translation>
    </message>
    <message>
        <source>{path} is healthy (SQLite&apos;s integrity check found no problem): nothing to recover, nothing was changed (`{prog} db recover --force` copies it anyway)</source>
        <translation>{path} est saine (la vérification d’intégrité de SQLite n’a trouvé aucun problème)&#xa0;: rien à récupérer, rien n’a été changé («&#xa0;{prog} db recover --force&#xa0;» la copie quand même)</translation>
    </message>
    <message>
        <source>{table}: {count} row, about {lost} unreadable</source>
        <translation>{table}&#xa0;: {count} ligne; illisibles&#xa0;: environ {lost}</translation>
    </message>
    <message>
        <source>{table}: {count} rows, about {lost} unreadable</source>
        <translation>{table}&#xa0;: {count} lignes; illisibles&#xa0;: environ {lost}</translation>
    </message>
    <message>
        <source>{table}: {count} row</source>
        <translation>{table}&#xa0;: {count} ligne</translation>
    </message>
    <message>
        <source>{table}: {count} rows</source>
        <translation>{table}&#xa0;: {count} lignes</translation>
    </message>
    <message>
        <source>{table}: could not be read</source>
        <translation>{table}&#xa0;: illisible</translation>
    </message>
    <message>
        <source>everything was read</source>
        <translation>tout a été lu</translation>
    </message>
    <message>
        <source>some rows could not be read</source>
        <translation>certaines lignes n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>recovered {path} ({state}); the original file is kept as {kept}
every feed will be read in full again: run `{prog} sync` to read your feeds again (it brings back the sessions that were lost)</source>
        <translation>{path} récupérée ({state}); le fichier original est gardé sous {kept}
chaque fil sera relu en entier&#xa0;: lancez «&#xa0;{prog} sync&#xa0;» pour relire vos fils (cela ramène les séances perdues)</translation>
    </message>
    <message>
        <source>no backups of {path} yet (one is made on the first start of each day)</source>
        <translation>aucune sauvegarde de {path} pour l’instant (une est faite au premier démarrage de chaque jour)</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>before migration</source>
        <translation>avant migration</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>empty (no feeds)</source>
        <translation>vide (aucun fil)</translation>
    </message>
    <message>
        <source>restored {backup} as {path}; the previous file is kept as {kept}</source>
        <translation>{backup} restaurée comme {path}; le fichier précédent est gardé sous {kept}</translation>
    </message>
    <message>
        <source>(`{prog} db backups` lists the others)</source>
        <translation>(«&#xa0;{prog} db backups&#xa0;» liste les autres)</translation>
    </message>
    <message>
        <source>{path}: {summary} (feed {id})</source>
        <translation>{path}&#xa0;: {summary} (fil {id})</translation>
    </message>
    <message>
        <source>{path}: {summary}</source>
        <translation>{path}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>{address!r} is an address, not a file: follow it with `briefing-app feeds add ADDRESS`</source>
        <translation>{address!r} est une adresse, pas un fichier&#xa0;: suivez-la avec `briefing-app feeds add ADRESSE`</translation>
    </message>
    <message>
        <source>feed {id} ({name}) has {count} thing of yours (a favourite, note, question or reminder) that would be deleted with it; add --force to remove it</source>
        <translation>le fil {id} ({name}) a {count} élément à vous (un favori, une note, une question ou un rappel) qui serait supprimé avec lui; ajoutez --force pour le retirer</translation>
    </message>
    <message>
        <source>feed {id} ({name}) has {count} things of yours (favourites, notes, questions or reminders) that would be deleted with it; add --force to remove it</source>
        <translation>le fil {id} ({name}) a {count} éléments à vous (favoris, notes, questions ou rappels) qui seraient supprimés avec lui; ajoutez --force pour le retirer</translation>
    </message>
    <message>
        <source>removed feed {id}: {name}</source>
        <translation>fil {id} retiré&#xa0;: {name}</translation>
    </message>
    <message>
        <source> instead of {zone} (inferred from {city!r})</source>
        <translation> au lieu de {zone} (déduit de {city!r})</translation>
    </message>
    <message>
        <source>feed {id} ({name}) now uses {zone}{instead}; run `{prog} sync {id}`</source>
        <translation>le fil {id} ({name}) utilise maintenant {zone}{instead}; lancez «&#xa0;{prog} sync {id}&#xa0;»</translation>
    </message>
    <message>
        <source>No feeds. Follow one with: {prog} feeds add URL</source>
        <translation>Aucun fil. Suivez-en un avec&#xa0;: {prog} feeds add URL</translation>
    </message>
    <message>
        <source>bundled sample</source>
        <translation>exemple fourni</translation>
    </message>
    <message>
        <source>, synced {when}</source>
        <translation>, synchronisé {when}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>add --timezone ZONE, e.g. --timezone Europe/Brussels</source>
        <translation>ajoutez --timezone FUSEAU, p. ex. --timezone Europe/Brussels</translation>
    </message>
    <message>
        <source>following feed {id}: {url} (run `{prog} sync {id}`)</source>
        <translation>fil {id} suivi&#xa0;: {url} (lancez «&#xa0;{prog} sync {id}&#xa0;»)</translation>
    </message>
    <message>
        <source>following feed {id}: {name}: {summary}</source>
        <translation>fil {id} suivi&#xa0;: {name}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>{id}  {name}: {summary}</source>
        <translation>{id}  {name}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>{name}: {warning}</source>
        <translation>{name}&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>kept materials: {summary}</source>
        <translation>documents gardés&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>set it with: {prog} feeds timezone {id} ZONE</source>
        <translation>réglez-le avec&#xa0;: {prog} feeds timezone {id} FUSEAU</translation>
    </message>
    <message>
        <source>No sync yet.</source>
        <translation>Aucune synchronisation pour l’instant.</translation>
    </message>
    <message>
        <source>{feed}, synced {when}: {summary}</source>
        <translation>{feed}, synchronisé {when}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>  (checked again {when}: no changes since)</source>
        <translation>  (vérifié de nouveau {when}&#xa0;: aucun changement depuis)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Aucune échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>--priority is 1 (high) to 9 (low), or 0 to clear it (not {value})</source>
        <translation>--priority va de 1 (haute) à 9 (basse), ou 0 pour l’effacer (et non {value})</translation>
    </message>
    <message>
        <source>--zone goes with --due DATE TIME</source>
        <translation>--zone va avec --due DATE HEURE</translation>
    </message>
    <message>
        <source>Wrote {n} follow-up to {path}.</source>
        <translation>{n} suivi écrit dans {path}.</translation>
    </message>
    <message>
        <source>Wrote {n} follow-ups to {path}.</source>
        <translation>{n} suivis écrits dans {path}.</translation>
    </message>
    <message>
        <source>{n} link to a session not in this store was left out (follow that feed, then import again).</source>
        <translation>{n} lien vers une séance absente de cette base a été omis (suivez ce fil, puis importez de nouveau).</translation>
    </message>
    <message>
        <source>{n} links to sessions not in this store were left out (follow those feeds, then import again).</source>
        <translation>{n} liens vers des séances absentes de cette base ont été omis (suivez ces fils, puis importez de nouveau).</translation>
    </message>
    <message>
        <source>Added follow-up {id}: {text}</source>
        <translation>Suivi {id} ajouté&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Follow-up {id} is done: {text}</source>
        <translation>Le suivi {id} est terminé&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Follow-up {id} is open: {text}</source>
        <translation>Le suivi {id} est ouvert&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Follow-up {id} removed: {text}</source>
        <translation>Suivi {id} retiré&#xa0;: {text}</translation>
    </message>
    <message>
        <source>give what to change: --text, --owner, --due, --priority, --status, --session</source>
        <translation>indiquez quoi changer&#xa0;: --text, --owner, --due, --priority, --status, --session</translation>
    </message>
    <message>
        <source>Follow-up {id} saved (change {sequence}).</source>
        <translation>Suivi {id} enregistré (modification {sequence}).</translation>
    </message>
    <message>
        <source>Follow-up {id} has no earlier versions.</source>
        <translation>Le suivi {id} n’a aucune version antérieure.</translation>
    </message>
    <message>
        <source>Follow-up {id} now: {text}</source>
        <translation>Suivi {id} maintenant&#xa0;: {text}</translation>
    </message>
    <message>
        <source>- replaced {when} by an import:</source>
        <translation>- remplacé le {when} par une importation&#xa0;:</translation>
    </message>
    <message>
        <source>- replaced {when} by an edit:</source>
        <translation>- remplacé le {when} par une modification&#xa0;:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>No follow-ups. Add one: {prog} followups add TEXT [--session ID] [--due DATE]</source>
        <translation>Aucun suivi. Ajoutez-en un&#xa0;: {prog} followups add TEXTE [--session NUMÉRO] [--due DATE]</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>échéance {when}</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>{file}: {counts}.</source>
        <translation>{file}&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>responsable {name}</translation>
    </message>
    <message>
        <source>priority {n}</source>
        <translation>priorité {n}</translation>
    </message>
    <message>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>must be 1 or more, not {value}</source>
        <translation>doit être 1 ou plus, et non {value}</translation>
    </message>
    <message>
        <source>--self-test and --install-desktop-entry take no command or file</source>
        <translation>--self-test et --install-desktop-entry ne prennent ni commande ni fichier</translation>
    </message>
    <message>
        <source>{prog}: note: {notice}</source>
        <translation>{prog}&#xa0;: remarque&#xa0;: {notice}</translation>
    </message>
    <message>
        <source>{prog}: internal error: {error}: {detail} (details in the log file)</source>
        <translation>{prog}&#xa0;: erreur interne&#xa0;: {error}&#xa0;: {detail} (détails dans le fichier journal)</translation>
    </message>
    <message>
        <source>cannot write the desktop entry: {reason}</source>
        <translation>impossible d’écrire l’entrée de bureau&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>installed {path}</source>
        <translation>installé&#xa0;: {path}</translation>
    </message>
    <message>
        <source>icons in {path}</source>
        <translation>icônes dans {path}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>no materials for session {id}</source>
        <translation>aucun document pour la séance {id}</translation>
    </message>
    <message>
        <source>no materials</source>
        <translation>aucun document</translation>
    </message>
    <message>
        <source>kept offline</source>
        <translation>gardé hors ligne</translation>
    </message>
    <message>
        <source>your agenda</source>
        <translation>votre agenda</translation>
    </message>
    <message>
        <source>session {id}</source>
        <translation>séance {id}</translation>
    </message>
    <message>
        <source>no materials to download for {where}</source>
        <translation>aucun document à télécharger pour {where}</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gardé</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source> (new content)</source>
        <translation> (nouveau contenu)</translation>
    </message>
    <message>
        <source>wrote {list} to {path}</source>
        <translation>écrit dans {path}&#xa0;: {list}</translation>
    </message>
    <message>
        <source>No orphaned items: everything imported found its session.</source>
        <translation>Aucun élément orphelin&#xa0;: tout ce qui a été importé a trouvé sa séance.</translation>
    </message>
    <message>
        <source>No organizations.</source>
        <translation>Aucune organisation.</translation>
    </message>
    <message>
        <source>No organizations of the kind {kind}.</source>
        <translation>Aucune organisation de la sorte {kind}.</translation>
    </message>
    <message>
        <source>Kind: {kinds}</source>
        <translation>Type&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>Website: {url}</source>
        <translation>Site Web&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Feed: {title}</source>
        <translation>Fil&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{role} of {series}</source>
        <translation>{role} de {series}</translation>
    </message>
    <message>
        <source>Presenters:</source>
        <translation>Présentateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Case studies:</source>
        <translation>Études de cas&#xa0;:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Séances&#xa0;:</translation>
    </message>
    <message>
        <source>government</source>
        <translation>gouvernement</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>commanditaire</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>organisateur</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>{n} presenter</source>
        <translation>{n} présentateur</translation>
    </message>
    <message>
        <source>{n} presenters</source>
        <translation>{n} présentateurs</translation>
    </message>
    <message>
        <source>{n} case study</source>
        <translation>{n} étude de cas</translation>
    </message>
    <message>
        <source>{n} case studies</source>
        <translation>{n} études de cas</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{prog}: warning: {message}</source>
        <translation>{prog}&#xa0;: avertissement&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{option} needs some words to look for: {text!r} has no letters or digits</source>
        <translation>{option} a besoin de mots à chercher&#xa0;: {text!r} n’a ni lettres ni chiffres</translation>
    </message>
    <message>
        <source>{option} needs some words to look for</source>
        <translation>{option} a besoin de mots à chercher</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>{mark} not available in {wanted}; shown in {shown}</source>
        <translation>{mark} non disponible en {wanted}; affiché en {shown}</translation>
    </message>
    <message>
        <source>[removed] </source>
        <translation>[retirée] </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>slides</source>
        <translation>diapositives</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>pre-read</source>
        <translation>lecture préalable</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuelle</translation>
    </message>
    <message>
        <source>in-person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybride</translation>
    </message>
    <message>
        <source>could not update the live agenda file {path}: {reason}</source>
        <translation>impossible de mettre à jour le fichier d’agenda en direct {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>a range needs both --from DATE and --to DATE</source>
        <translation>une période demande --from DATE et --to DATE</translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>wrote {sessions} on {pages} to {path}</source>
        <translation>{sessions} sur {pages} écrites dans {path}</translation>
    </message>
    <message>
        <source>No unasked questions on that session.</source>
        <translation>Aucune question non posée sur cette séance.</translation>
    </message>
    <message>
        <source>Added question {id} to #{session} {title} (number {position}).</source>
        <translation>Question {id} ajoutée à #{session} {title} (numéro {position}).</translation>
    </message>
    <message>
        <source>give the new text, --answer TEXT, or both</source>
        <translation>donnez le nouveau texte, --answer TEXTE, ou les deux</translation>
    </message>
    <message>
        <source>Question {id} saved.</source>
        <translation>Question {id} enregistrée.</translation>
    </message>
    <message>
        <source>Question {id} marked {state}.</source>
        <translation>Question {id} marquée&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Question {id} is now number {position}.</source>
        <translation>La question {id} est maintenant la numéro {position}.</translation>
    </message>
    <message>
        <source>Question {id} removed: {text}</source>
        <translation>Question {id} retirée&#xa0;: {text}</translation>
    </message>
    <message>
        <source>No questions. Add one: {prog} questions add --session ID TEXT</source>
        <translation>Aucune question. Ajoutez-en une&#xa0;: {prog} questions add --session NUMÉRO TEXTE</translation>
    </message>
    <message>
        <source>No questions on #{id} {title}. Add one: {prog} questions add --session ID TEXT</source>
        <translation>Aucune question sur #{id} {title}. Ajoutez-en une&#xa0;: {prog} questions add --session NUMÉRO TEXTE</translation>
    </message>
    <message>
        <source>answer: {text}</source>
        <translation>réponse&#xa0;: {text}</translation>
    </message>
    <message>
        <source>No upcoming sessions: the last one ended {day}. `{prog} sessions` lists them all.</source>
        <translation>Aucune séance à venir&#xa0;: la dernière s’est terminée le {day}. «&#xa0;{prog} sessions&#xa0;» les liste toutes.</translation>
    </message>
    <message>
        <source>No sessions match.</source>
        <translation>Aucune séance ne correspond.</translation>
    </message>
    <message>
        <source>{n} hidden track or room: `{prog} sessions --all` shows it.</source>
        <translation>{n} volet ou salle masqué&#xa0;: «&#xa0;{prog} sessions --all&#xa0;» l’affiche.</translation>
    </message>
    <message>
        <source>{n} hidden tracks or rooms: `{prog} sessions --all` shows them.</source>
        <translation>{n} volets ou salles masqués&#xa0;: «&#xa0;{prog} sessions --all&#xa0;» les affiche.</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>présentateur</translation>
    </message>
    <message>
        <source>  {person}: {about}</source>
        <translation>  {person}, {about}</translation>
    </message>
    <message>
        <source> (kept offline)</source>
        <translation> (gardé hors ligne)</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <source>My notes:</source>
        <translation>Mes notes&#xa0;:</translation>
    </message>
    <message>
        <source>My questions:</source>
        <translation>Mes questions&#xa0;:</translation>
    </message>
    <message>
        <source>  {position}. [{state}] {text} (question {id})</source>
        <translation>  {position}. [{state}] {text} (question {id})</translation>
    </message>
    <message>
        <source>No presenters match.</source>
        <translation>Aucun présentateur ne correspond.</translation>
    </message>
    <message>
        <source>{n} favourite in tracks or rooms you hid left out: `{prog} agenda --all` shows it.</source>
        <translation>{n} favori dans des volets ou des salles que vous avez masqués est omis&#xa0;: «&#xa0;{prog} agenda --all&#xa0;» l’affiche.</translation>
    </message>
    <message>
        <source>{n} favourites in tracks or rooms you hid left out: `{prog} agenda --all` shows them.</source>
        <translation>{n} favoris dans des volets ou des salles que vous avez masqués sont omis&#xa0;: «&#xa0;{prog} agenda --all&#xa0;» les affiche.</translation>
    </message>
    <message>
        <source>Your agenda is empty: mark sessions with `{prog} favourite ID`.</source>
        <translation>Votre agenda est vide&#xa0;: marquez des séances avec «&#xa0;{prog} favourite NUMÉRO&#xa0;».</translation>
    </message>
    <message>
        <source>! overlap: {title} (#{id}) and {other} (#{other_id})</source>
        <translation>! chevauchement&#xa0;: {title} (#{id}) et {other} (#{other_id})</translation>
    </message>
    <message>
        <source>No earlier versions of the note on {title}.</source>
        <translation>Aucune version antérieure de la note sur {title}.</translation>
    </message>
    <message>
        <source>written elsewhere while another window had it open</source>
        <translation>écrite ailleurs pendant qu’une autre fenêtre l’avait ouverte</translation>
    </message>
    <message>
        <source>replaced by a later write</source>
        <translation>remplacée par une écriture plus récente</translation>
    </message>
    <message>
        <source>replaced by restoring an earlier version</source>
        <translation>remplacée en restaurant une version antérieure</translation>
    </message>
    <message>
        <source>kept by Import my data (mydata import): the other version was newer</source>
        <translation>conservée par Importer mes données (mydata import)&#xa0;: l’autre version était plus récente</translation>
    </message>
    <message>
        <source>version {id} · replaced {when} · {reason}</source>
        <translation>version {id} · remplacée le {when} · {reason}</translation>
    </message>
    <message>
        <source>{title} removed from favourites</source>
        <translation>Séance «&#xa0;{title}&#xa0;» retirée des favoris</translation>
    </message>
    <message>
        <source>{title} added to favourites</source>
        <translation>Séance «&#xa0;{title}&#xa0;» ajoutée aux favoris</translation>
    </message>
    <message>
        <source>give a note or --clear, not both</source>
        <translation>donnez une note ou --clear, pas les deux</translation>
    </message>
    <message>
        <source>give one of: a note, --clear, --history, --restore</source>
        <translation>donnez un seul de&#xa0;: une note, --clear, --history, --restore</translation>
    </message>
    <message>
        <source>no earlier version {version} of the note on {title} (see: {prog} note {id} --history)</source>
        <translation>aucune version antérieure {version} de la note sur {title} (voir&#xa0;: {prog} note {id} --history)</translation>
    </message>
    <message>
        <source>Restored version {version} of the note on {title}.</source>
        <translation>Version {version} de la note sur {title} restaurée.</translation>
    </message>
    <message>
        <source>Note deleted from #{id} {title}.</source>
        <translation>Note supprimée de #{id} {title}.</translation>
    </message>
    <message>
        <source>No note on {title}.</source>
        <translation>Aucune note sur {title}.</translation>
    </message>
    <message>
        <source>Note saved on #{id} {title}.</source>
        <translation>Note enregistrée sur #{id} {title}.</translation>
    </message>
    <message>
        <source>[removed from feed]</source>
        <translation>[retirée du fil]</translation>
    </message>
    <message>
        <source>[feed changed]</source>
        <translation>[fil modifié]</translation>
    </message>
    <message>
        <source>[edited]</source>
        <translation>[modifiée]</translation>
    </message>
    <message>
        <source>No case studies match.</source>
        <translation>Aucune étude de cas ne correspond.</translation>
    </message>
    <message>
        <source>No case studies.</source>
        <translation>Aucune étude de cas.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>à moi</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>fil</translation>
    </message>
    <message>
        <source> ({n} material)</source>
        <translation> ({n} document)</translation>
    </message>
    <message>
        <source> ({n} materials)</source>
        <translation> ({n} documents)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <source>feed {id} ({url})</source>
        <translation>fil {id} ({url})</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Org.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Your edits: {fields}</source>
        <translation>Vos modifications&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>its content</source>
        <translation>son contenu</translation>
    </message>
    <message>
        <source>The feed changed {changed} since your edits; `case-studies edit {id} --accept-feed` keeps your edits, `--revert` takes the feed&apos;s version.</source>
        <translation>Le fil a changé {changed} depuis vos modifications; «&#xa0;case-studies edit {id} --accept-feed&#xa0;» garde vos modifications, «&#xa0;--revert&#xa0;» prend la version du fil.</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Challenge:</source>
        <translation>Défi&#xa0;:</translation>
    </message>
    <message>
        <source>Approach:</source>
        <translation>Approche&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>presenter {id}</source>
        <translation>présentateur {id}</translation>
    </message>
    <message>
        <source>  [{id}] {name} ({type}, {size}, added {when})</source>
        <translation>  [{id}] {name} ({type}, {size}, ajouté le {when})</translation>
    </message>
    <message>
        <source>  (feed) {title}: {url}</source>
        <translation>  (fil) {title}&#xa0;: {url}</translation>
    </message>
    <message>
        <source>  not in this store: {kind} {name}</source>
        <translation>  absent de cette base&#xa0;: {kind} {name}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>My notes ({n} revision(s)):</source>
        <translation>Mes notes ({n} révision(s))&#xa0;:</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(disparue)</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as case-study.zip</source>
        <translation>{path} est un dossier; donnez un nom de fichier comme etude-de-cas.zip</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>impossible d’écrire {path}&#xa0;: le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>wrote {title!r} with {n} material to {path} ({size})</source>
        <translation>{title!r} écrite avec {n} document dans {path} ({size})</translation>
    </message>
    <message>
        <source>wrote {title!r} with {n} materials to {path} ({size})</source>
        <translation>{title!r} écrite avec {n} documents dans {path} ({size})</translation>
    </message>
    <message>
        <source>{option}: {text!r} is not a number</source>
        <translation>{option}&#xa0;: {text!r} n’est pas un nombre</translation>
    </message>
    <message>
        <source>give new values or --revert, not both</source>
        <translation>donnez de nouvelles valeurs ou --revert, pas les deux</translation>
    </message>
    <message>
        <source>{id}  {title}: back to the feed&apos;s version</source>
        <translation>{id}  {title}&#xa0;: revenue à la version du fil</translation>
    </message>
    <message>
        <source>nothing to change: give --title, --summary, ... or --revert</source>
        <translation>rien à changer&#xa0;: donnez --title, --summary, … ou --revert</translation>
    </message>
    <message>
        <source> (your edits: {fields})</source>
        <translation> (vos modifications&#xa0;: {fields})</translation>
    </message>
    <message>
        <source>deleted case study {id}: {title}</source>
        <translation>étude de cas {id} supprimée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>attached [{id}] {name} to {title}</source>
        <translation>[{id}] {name} joint à {title}</translation>
    </message>
    <message>
        <source>material {id} belongs to another case study</source>
        <translation>le document {id} appartient à une autre étude de cas</translation>
    </message>
    <message>
        <source>removed [{id}] {name} from {title}</source>
        <translation>[{id}] {name} retiré de {title}</translation>
    </message>
    <message>
        <source>give new notes or --history/--diff/--restore, not both</source>
        <translation>donnez de nouvelles notes ou --history/--diff/--restore, pas les deux</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>revision {revision} is not of case study {id}</source>
        <translation>la révision {revision} n’est pas de l’étude de cas {id}</translation>
    </message>
    <message>
        <source>restored revision {old} as revision {new}</source>
        <translation>révision {old} restaurée comme révision {new}</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>No notes on {title}.</source>
        <translation>Aucune note sur {title}.</translation>
    </message>
    <message>
        <source>change with: {prog} feeds timezone {id} ZONE</source>
        <translation>changez-le avec&#xa0;: {prog} feeds timezone {id} FUSEAU</translation>
    </message>
    <message>
        <source>time zone {zone} inferred from the city {city!r}</source>
        <translation>fuseau horaire {zone}, déduit de la ville {city!r}</translation>
    </message>
    <message>
        <source>time zone {zone}, set by you</source>
        <translation>fuseau horaire {zone}, réglé par vous</translation>
    </message>
    <message>
        <source>time zone {zone}</source>
        <translation>fuseau horaire {zone}</translation>
    </message>
    <message>
        <source>The track “{name}” was hidden already.</source>
        <translation>Le volet «&#xa0;{name}&#xa0;» était déjà masqué.</translation>
    </message>
    <message>
        <source>The room “{name}” was hidden already.</source>
        <translation>La salle «&#xa0;{name}&#xa0;» était déjà masquée.</translation>
    </message>
    <message>
        <source>Hid the track “{name}”.</source>
        <translation>Volet «&#xa0;{name}&#xa0;» masqué.</translation>
    </message>
    <message>
        <source>Hid the room “{name}”.</source>
        <translation>Salle «&#xa0;{name}&#xa0;» masquée.</translation>
    </message>
    <message>
        <source>{prog}: warning: no session is in a track named “{name}” (yet)</source>
        <translation>{prog}&#xa0;: avertissement&#xa0;: aucune séance n’est (encore) dans un volet nommé «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{prog}: warning: no session is in a room named “{name}” (yet)</source>
        <translation>{prog}&#xa0;: avertissement&#xa0;: aucune séance n’est (encore) dans une salle nommée «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Showing the track “{name}” again.</source>
        <translation>Le volet «&#xa0;{name}&#xa0;» est de nouveau affiché.</translation>
    </message>
    <message>
        <source>Showing the room “{name}” again.</source>
        <translation>La salle «&#xa0;{name}&#xa0;» est de nouveau affichée.</translation>
    </message>
    <message>
        <source>The track “{name}” was not hidden.</source>
        <translation>Le volet «&#xa0;{name}&#xa0;» n’était pas masqué.</translation>
    </message>
    <message>
        <source>The room “{name}” was not hidden.</source>
        <translation>La salle «&#xa0;{name}&#xa0;» n’était pas masquée.</translation>
    </message>
    <message>
        <source>Nothing is hidden. Hide a track: {prog} hidden add track NAME</source>
        <translation>Rien n’est masqué. Pour masquer un volet&#xa0;: {prog} hidden add track NOM</translation>
    </message>
    <message>
        <source>track</source>
        <translation>volet</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>Showing every track and room again ({n} was hidden).</source>
        <translation>Tous les volets et toutes les salles sont de nouveau affichés ({n} était masqué).</translation>
    </message>
    <message>
        <source>Showing every track and room again ({n} were hidden).</source>
        <translation>Tous les volets et toutes les salles sont de nouveau affichés ({n} étaient masqués).</translation>
    </message>
    <message>
        <source>{n} hidden: `{prog} hidden list` shows it.</source>
        <translation>{n} masqué&#xa0;: «&#xa0;{prog} hidden list&#xa0;» l’affiche.</translation>
    </message>
    <message>
        <source>{n} hidden: `{prog} hidden list` shows them.</source>
        <translation>{n} masqués&#xa0;: «&#xa0;{prog} hidden list&#xa0;» les affiche.</translation>
    </message>
    <message>
        <source>at {path}: </source>
        <translation>à {path}&#xa0;: </translation>
    </message>
    <message>
        <source>{source}: </source>
        <translation>{source}&#xa0;: </translation>
    </message>
    <message>
        <source>{app} is already open; it imports {names}.</source>
        <translation>{app} est déjà ouvert; il importe {names}.</translation>
    </message>
    <message>
        <source>{app} is already open; it imports {n} files: {names}.</source>
        <translation>{app} est déjà ouvert; il importe {n} fichiers&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>{app} is already open; it comes to the front.</source>
        <translation>{app} est déjà ouvert; il passe au premier plan.</translation>
    </message>
</context>
<context>
    <name>cli-argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non permis avec l’argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#xa0;: «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide&#xa0;: «&#xa0;%(value)s&#xa0;»</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: «&#xa0;%(value)s&#xa0;» (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue «&#xa0;%(parser_name)s&#xa0;» (choix&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>the database and its automatic backups: {actions}</source>
        <translation>la base de données et ses sauvegardes automatiques&#xa0;: {actions}</translation>
    </message>
    <message>
        <source>read every page and index of the database (exit 5 if damaged)</source>
        <translation>lire chaque page et chaque index de la base de données (code de sortie 5 si elle est endommagée)</translation>
    </message>
    <message>
        <source>copy what can be read of a damaged database into a new one (the damaged file is kept beside it)</source>
        <translation>copier ce qui peut être lu d’une base endommagée dans une nouvelle (le fichier endommagé est gardé à côté)</translation>
    </message>
    <message>
        <source>copy it even though the check finds no damage</source>
        <translation>la copier même si la vérification ne trouve aucun dommage</translation>
    </message>
    <message>
        <source>list the automatic backups, newest first</source>
        <translation>lister les sauvegardes automatiques, la plus récente d’abord</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <source>put a backup in place of the database (the current one is kept)</source>
        <translation>remettre une sauvegarde à la place de la base de données (l’actuelle est gardée)</translation>
    </message>
    <message>
        <source>its number or name from `db backups`, or a path</source>
        <translation>son numéro ou son nom selon «&#xa0;db backups&#xa0;», ou un chemin</translation>
    </message>
    <message>
        <source>{app}: an offline companion for briefing series and conferences. Run with no command to open the desktop app.</source>
        <translation>{app}&#xa0;: un compagnon hors ligne pour les séries de séances d’information et les conférences. Sans commande, l’application de bureau s’ouvre.</translation>
    </message>
    <message>
        <source>where the database lives (default: $BRIEFING_APP_DATA_DIR, else the per-user data directory)</source>
        <translation>l’emplacement de la base de données (par défaut&#xa0;: $BRIEFING_APP_DATA_DIR, sinon le dossier de données de l’utilisateur)</translation>
    </message>
    <message>
        <source>log debug details to stderr</source>
        <translation>journaliser les détails de débogage sur stderr</translation>
    </message>
    <message>
        <source>check this installation end to end in a temporary folder (store, sample, search, .ics export and import, time zones, the window; offscreen works) and exit</source>
        <translation>vérifier cette installation de bout en bout dans un dossier temporaire (base, exemple, recherche, exportation et importation .ics, fuseaux horaires, fenêtre; fonctionne hors écran) et quitter</translation>
    </message>
    <message>
        <source>Linux: add the app to your applications menu with its icon, as a handler for .ics files, and exit</source>
        <translation>Linux&#xa0;: ajouter l’application au menu des applications avec son icône, pour ouvrir les fichiers .ics, et quitter</translation>
    </message>
    <message>
        <source>list sessions in time order</source>
        <translation>lister les séances par ordre chronologique</translation>
    </message>
    <message>
        <source>only sessions that have not ended yet</source>
        <translation>seulement les séances qui ne sont pas encore terminées</translation>
    </message>
    <message>
        <source>full-text search (ranked best first)</source>
        <translation>recherche plein texte (les meilleurs résultats d’abord)</translation>
    </message>
    <message>
        <source>only favourite sessions</source>
        <translation>seulement les séances favorites</translation>
    </message>
    <message>
        <source>only sessions of one feed</source>
        <translation>seulement les séances d’un fil</translation>
    </message>
    <message>
        <source>show at most N sessions</source>
        <translation>afficher au plus N séances</translation>
    </message>
    <message>
        <source>include the tracks and rooms you hid (see `hidden`)</source>
        <translation>inclure les volets et les salles que vous avez masqués (voir «&#xa0;hidden&#xa0;»)</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>afficher du JSON au lieu d’un tableau</translation>
    </message>
    <message>
        <source>show one session in full</source>
        <translation>afficher une séance en entier</translation>
    </message>
    <message>
        <source>session number, or the feed&apos;s id for it</source>
        <translation>numéro de la séance, ou son identifiant dans le fil</translation>
    </message>
    <message>
        <source>list the organizations the feeds name (partners, members, sponsors)</source>
        <translation>lister les organisations nommées par les fils (partenaires, membres, commanditaires)</translation>
    </message>
    <message>
        <source>List organizations; `organizations show ID` shows one with its presenters, case studies and sessions.</source>
        <translation>Lister les organisations; «&#xa0;organizations show NUMÉRO&#xa0;» en affiche une avec ses présentateurs, ses études de cas et ses séances.</translation>
    </message>
    <message>
        <source>only one kind (government, member, sponsor, partner, ...)</source>
        <translation>une seule sorte&#xa0;: government (gouvernement), member (membre), sponsor (commanditaire), partner (partenaire), …</translation>
    </message>
    <message>
        <source>show one organization</source>
        <translation>afficher une organisation</translation>
    </message>
    <message>
        <source>the organization&apos;s number</source>
        <translation>le numéro de l’organisation</translation>
    </message>
    <message>
        <source>list presenters</source>
        <translation>lister les présentateurs</translation>
    </message>
    <message>
        <source>full-text search in names and bios</source>
        <translation>recherche plein texte dans les noms et les biographies</translation>
    </message>
    <message>
        <source>import a feed file into the store</source>
        <translation>importer un fichier de fil dans la base</translation>
    </message>
    <message>
        <source>Import a feed file. A file of a series already in the store (same series id) updates it and prints what changed.</source>
        <translation>Importer un fichier de fil. Le fichier d’une série déjà dans la base (même identifiant de série) la met à jour et affiche ce qui a changé.</translation>
    </message>
    <message>
        <source>print the change set as JSON</source>
        <translation>afficher les changements en JSON</translation>
    </message>
    <message>
        <source>the feeds you follow: {actions}</source>
        <translation>les fils que vous suivez&#xa0;: {actions}</translation>
    </message>
    <message>
        <source>follow a feed (http/https URL or a local file) and sync it once</source>
        <translation>suivre un fil (adresse http/https ou fichier local) et le synchroniser une fois</translation>
    </message>
    <message>
        <source>Follow a feed: our briefing feed, frab/Pentabarf XML, the c3voc schedule JSON (pretalx, frab) or an iCalendar feed. It is downloaded and read first; if that fails nothing is added.</source>
        <translation>Suivre un fil&#xa0;: notre fil de séances d’information, du XML frab/Pentabarf, l’horaire JSON c3voc (pretalx, frab) ou un fil iCalendar. Il est d’abord téléchargé et lu; en cas d’échec, rien n’est ajouté.</translation>
    </message>
    <message>
        <source>IANA zone for feeds that do not say theirs (old frab files), e.g. Europe/Brussels</source>
        <translation>fuseau IANA pour les fils qui ne donnent pas le leur (anciens fichiers frab), p. ex. Europe/Brussels</translation>
    </message>
    <message>
        <source>a name of your own for the feed</source>
        <translation>un nom de votre choix pour le fil</translation>
    </message>
    <message>
        <source>only subscribe; download on the next sync</source>
        <translation>seulement s’abonner; télécharger à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>afficher le résultat en JSON</translation>
    </message>
    <message>
        <source>list feeds with their ids</source>
        <translation>lister les fils avec leurs numéros</translation>
    </message>
    <message>
        <source>remove a feed with its sessions (and your notes on them)</source>
        <translation>retirer un fil avec ses séances (et vos notes sur celles-ci)</translation>
    </message>
    <message>
        <source>remove it even though you have favourites, notes, questions or reminders on its sessions</source>
        <translation>le retirer même si vous avez des favoris, des notes, des questions ou des rappels sur ses séances</translation>
    </message>
    <message>
        <source>set the zone of a feed that does not say its own (old frab files)</source>
        <translation>régler le fuseau d’un fil qui ne donne pas le sien (anciens fichiers frab)</translation>
    </message>
    <message>
        <source>an IANA name such as Europe/Brussels</source>
        <translation>un nom IANA comme Europe/Brussels</translation>
    </message>
    <message>
        <source>download and apply feeds (all, or one)</source>
        <translation>télécharger et appliquer les fils (tous, ou un seul)</translation>
    </message>
    <message>
        <source>only this feed</source>
        <translation>seulement ce fil</translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>afficher les résultats en JSON</translation>
    </message>
    <message>
        <source>what the latest sync changed</source>
        <translation>ce que la dernière synchronisation a changé</translation>
    </message>
    <message>
        <source>write calendar invites (.ics) for sessions, your agenda, a feed or everything</source>
        <translation>écrire des invitations d’agenda (.ics) pour des séances, votre agenda, un fil ou tout</translation>
    </message>
    <message>
        <source>Write an .ics file that Google Calendar, Outlook, Apple Calendar and Thunderbird import alike; importing a newer export updates the events.</source>
        <translation>Écrire un fichier .ics que Google Agenda, Outlook, Calendrier d’Apple et Thunderbird importent de la même façon; importer une exportation plus récente met les événements à jour.</translation>
    </message>
    <message>
        <source>one or more sessions: --session 1 4 setting-the-stage-2020-05-11 (repeating --session works too)</source>
        <translation>une ou plusieurs séances&#xa0;: --session 1 4 setting-the-stage-2020-05-11 (répéter --session fonctionne aussi)</translation>
    </message>
    <message>
        <source>your favourites</source>
        <translation>vos favoris</translation>
    </message>
    <message>
        <source>every session of a feed</source>
        <translation>toutes les séances d’un fil</translation>
    </message>
    <message>
        <source>every session in the store</source>
        <translation>toutes les séances de la base</translation>
    </message>
    <message>
        <source>print the path of the live agenda file (kept current after every sync and favourite change) and exit</source>
        <translation>afficher le chemin du fichier d’agenda en direct (tenu à jour après chaque synchronisation et chaque changement de favori) et quitter</translation>
    </message>
    <message>
        <source>the .ics to write; - for stdout</source>
        <translation>le fichier .ics à écrire; - pour la sortie standard</translation>
    </message>
    <message>
        <source>a reminder this long before</source>
        <translation>un rappel ce nombre de minutes avant</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>aucun rappel</translation>
    </message>
    <message>
        <source>your favourites in time order, with clashes</source>
        <translation>vos favoris par ordre chronologique, avec les conflits d’horaire</translation>
    </message>
    <message>
        <source>mark a session as a favourite</source>
        <translation>marquer une séance comme favorite</translation>
    </message>
    <message>
        <source>unmark it instead</source>
        <translation>retirer la séance des favoris (au lieu de l’y ajouter)</translation>
    </message>
    <message>
        <source>show or set your personal note on a session</source>
        <translation>afficher ou écrire votre note personnelle sur une séance</translation>
    </message>
    <message>
        <source>the new note (Markdown; - reads it from stdin); omit to show it</source>
        <translation>la nouvelle note (Markdown; - la lit sur l’entrée standard); omise, la note est affichée</translation>
    </message>
    <message>
        <source>delete the note</source>
        <translation>supprimer la note</translation>
    </message>
    <message>
        <source>list earlier versions that later writes replaced (another window, this command)</source>
        <translation>lister les versions antérieures remplacées par des écritures plus récentes (une autre fenêtre, cette commande)</translation>
    </message>
    <message>
        <source>make an earlier version the note again (from --history; the current is kept)</source>
        <translation>refaire d’une version antérieure la note (selon --history; l’actuelle est gardée)</translation>
    </message>
    <message>
        <source>your questions for a session&apos;s Q&amp;A: {actions}</source>
        <translation>vos questions pour la période de questions d’une séance&#xa0;: {actions}</translation>
    </message>
    <message>
        <source>your follow-ups (action items): {actions}</source>
        <translation>vos suivis (mesures à prendre)&#xa0;: {actions}</translation>
    </message>
    <message>
        <source>your attendance record (kept on this computer only): {actions}</source>
        <translation>votre registre de présence (gardé sur cet ordinateur seulement)&#xa0;: {actions}</translation>
    </message>
    <message>
        <source>tracks and rooms you hid (left out everywhere): {actions}</source>
        <translation>les volets et les salles que vous avez masqués (omis partout)&#xa0;: {actions}</translation>
    </message>
    <message>
        <source>your questions (numbered), per session in time order</source>
        <translation>vos questions (numérotées), par séance, par ordre chronologique</translation>
    </message>
    <message>
        <source>a feed file (pretalx or briefing JSON, frab XML, iCalendar .ics) or an invite</source>
        <translation>un fichier de fil (JSON de pretalx ou de séances d’information, XML frab, iCalendar .ics) ou une invitation</translation>
    </message>
    <message>
        <source>only this session&apos;s</source>
        <translation>seulement celles de cette séance</translation>
    </message>
    <message>
        <source>only questions in this state</source>
        <translation>seulement les questions dans cet état&#xa0;: draft (brouillon), asked (posée), answered (répondue)</translation>
    </message>
    <message>
        <source>add a question to a session (last, or --position N)</source>
        <translation>ajouter une question à une séance (à la fin, ou --position N)</translation>
    </message>
    <message>
        <source>session number or feed id</source>
        <translation>numéro de la séance ou identifiant dans le fil</translation>
    </message>
    <message>
        <source>the question (- reads it from stdin)</source>
        <translation>la question (- la lit sur l’entrée standard)</translation>
    </message>
    <message>
        <source>put it at number N</source>
        <translation>la placer au numéro N</translation>
    </message>
    <message>
        <source>change a question&apos;s text or answer note</source>
        <translation>changer le texte d’une question ou la note de réponse</translation>
    </message>
    <message>
        <source>from questions list</source>
        <translation>selon questions list</translation>
    </message>
    <message>
        <source>the new text (- reads stdin)</source>
        <translation>le nouveau texte (- lit l’entrée standard)</translation>
    </message>
    <message>
        <source>the answer note (&apos;&apos; clears it)</source>
        <translation>la note de réponse («&#xa0;&apos;&apos;&#xa0;» l’efface)</translation>
    </message>
    <message>
        <source>mark a question draft, asked or answered</source>
        <translation>marquer une question comme brouillon, posée ou répondue</translation>
    </message>
    <message>
        <source>a note of the answer</source>
        <translation>une note sur la réponse</translation>
    </message>
    <message>
        <source>move a question to number POSITION</source>
        <translation>déplacer une question au numéro POSITION</translation>
    </message>
    <message>
        <source>delete a question</source>
        <translation>supprimer une question</translation>
    </message>
    <message>
        <source>print the unasked questions as plain text for a meeting&apos;s Q&amp;A box</source>
        <translation>afficher les questions non posées en texte brut pour la boîte de questions d’une réunion</translation>
    </message>
    <message>
        <source>your follow-ups: overdue, this week, later, done</source>
        <translation>vos suivis&#xa0;: en retard, cette semaine, plus tard, terminés</translation>
    </message>
    <message>
        <source>only open or done ones</source>
        <translation>seulement les suivis open (ouverts) ou done (terminés)</translation>
    </message>
    <message>
        <source>only those linked to this session</source>
        <translation>seulement ceux liés à cette séance</translation>
    </message>
    <message>
        <source>add a follow-up</source>
        <translation>ajouter un suivi</translation>
    </message>
    <message>
        <source>what is to be done (- reads it from stdin)</source>
        <translation>ce qu’il y a à faire (- le lit sur l’entrée standard)</translation>
    </message>
    <message>
        <source>change a follow-up (what is not given stays)</source>
        <translation>modifier un suivi (ce qui n’est pas donné reste)</translation>
    </message>
    <message>
        <source>from followups list</source>
        <translation>selon followups list</translation>
    </message>
    <message>
        <source>open or done</source>
        <translation>open (ouvert) ou done (terminé)</translation>
    </message>
    <message>
        <source>unlink every session (before --session)</source>
        <translation>délier toutes les séances (avant --session)</translation>
    </message>
    <message>
        <source>link this session (repeatable)</source>
        <translation>lier cette séance (répétable)</translation>
    </message>
    <message>
        <source>link also this session (repeatable)</source>
        <translation>lier aussi cette séance (répétable)</translation>
    </message>
    <message>
        <source>2026-12-10 or &apos;2026-12-10 14:00&apos; (none clears it)</source>
        <translation>2026-12-10 ou «&#xa0;&apos;2026-12-10 14:00&apos;&#xa0;» («&#xa0;none&#xa0;» l’efface)</translation>
    </message>
    <message>
        <source>the zone of a due time (default: here)</source>
        <translation>le fuseau d’une heure d’échéance (par défaut&#xa0;: celui d’ici)</translation>
    </message>
    <message>
        <source>who does it (&apos;&apos; for nobody)</source>
        <translation>qui s’en charge («&#xa0;&apos;&apos;&#xa0;» pour personne)</translation>
    </message>
    <message>
        <source>1 (high) to 9 (low); 0 clears it</source>
        <translation>1 (haute) à 9 (basse); 0 l’efface</translation>
    </message>
    <message>
        <source>mark a follow-up done</source>
        <translation>marquer un suivi comme terminé</translation>
    </message>
    <message>
        <source>mark a follow-up open again</source>
        <translation>rouvrir un suivi</translation>
    </message>
    <message>
        <source>delete a follow-up</source>
        <translation>supprimer un suivi</translation>
    </message>
    <message>
        <source>earlier versions of a follow-up (what edits and imports replaced)</source>
        <translation>versions antérieures d’un suivi (ce que les modifications et les importations ont remplacé)</translation>
    </message>
    <message>
        <source>write them all as .ics (VTODO) or .csv</source>
        <translation>les écrire tous en .ics (VTODO) ou en .csv</translation>
    </message>
    <message>
        <source>FILE.ics or FILE.csv</source>
        <translation>FICHIER.ics ou FICHIER.csv</translation>
    </message>
    <message>
        <source>add or update follow-ups from an .ics of VTODOs (by UID, never twice)</source>
        <translation>ajouter ou mettre à jour des suivis à partir d’un .ics de VTODO (par UID, jamais en double)</translation>
    </message>
    <message>
        <source>your favourites, notes, questions, reminders, follow-ups and attendance in one file: {actions}</source>
        <translation>vos favoris, notes, questions, rappels, suivis et présences dans un seul fichier&#xa0;: {actions}</translation>
    </message>
    <message>
        <source>write your data to one file (-o FILE)</source>
        <translation>écrire vos données dans un fichier (-o FICHIER)</translation>
    </message>
    <message>
        <source>the file to write (.briefing-mydata.json)</source>
        <translation>le fichier à écrire (.briefing-mydata.json)</translation>
    </message>
    <message>
        <source>merge a file written by mydata export (newer wins; nothing is lost)</source>
        <translation>fusionner un fichier écrit par mydata export (le plus récent l’emporte; rien n’est perdu)</translation>
    </message>
    <message>
        <source>imported items waiting for their session (a later sync attaches them)</source>
        <translation>les éléments importés qui attendent leur séance (une synchronisation ultérieure les rattache)</translation>
    </message>
    <message>
        <source>sessions you joined or marked, with hours per series and in all</source>
        <translation>les séances que vous avez rejointes ou marquées, avec les heures par série et au total</translation>
    </message>
    <message>
        <source>mark a session attended or not, or clear the mark</source>
        <translation>noter votre présence ou votre absence à une séance, ou effacer la marque</translation>
    </message>
    <message>
        <source>write the sessions attended to a CSV or PDF file</source>
        <translation>écrire les séances auxquelles vous avez assisté dans un fichier CSV ou PDF</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.pdf</source>
        <translation>FICHIER.csv ou FICHIER.pdf</translation>
    </message>
    <message>
        <source>Hide a track or a room: its sessions are left out of the window&apos;s lists and of `sessions` and `agenda` (their --all shows them).</source>
        <translation>Masquer un volet ou une salle&#xa0;: ses séances sont omises des listes de la fenêtre ainsi que de «&#xa0;sessions&#xa0;» et «&#xa0;agenda&#xa0;» (leur option --all les affiche).</translation>
    </message>
    <message>
        <source>the tracks and rooms you hid</source>
        <translation>les volets et les salles que vous avez masqués</translation>
    </message>
    <message>
        <source>hide a track or a room</source>
        <translation>masquer un volet ou une salle</translation>
    </message>
    <message>
        <source>show it again</source>
        <translation>l’afficher de nouveau</translation>
    </message>
    <message>
        <source>its name, as `sessions` shows it</source>
        <translation>son nom, tel que «&#xa0;sessions&#xa0;» l’affiche</translation>
    </message>
    <message>
        <source>show every track and room again</source>
        <translation>afficher de nouveau tous les volets et toutes les salles</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>show times in this IANA zone (default: each event&apos;s own zone); &apos;local&apos; for this computer&apos;s zone</source>
        <translation>afficher les heures dans ce fuseau IANA (par défaut&#xa0;: celui de chaque événement); «&#xa0;local&#xa0;» pour le fuseau de cet ordinateur</translation>
    </message>
    <message>
        <source>sessions&apos; slides, recordings, pre-reads and links: {actions}</source>
        <translation>les diapositives, enregistrements, lectures préalables et liens des séances&#xa0;: {actions}</translation>
    </message>
    <message>
        <source>The materials feeds publish with their sessions: slides, recordings, pre-reads and other links, with whether a copy is kept offline.</source>
        <translation>Les documents que les fils publient avec leurs séances&#xa0;: diapositives, enregistrements, lectures préalables et autres liens, et si une copie est gardée hors ligne.</translation>
    </message>
    <message>
        <source>list materials (every session&apos;s, or one session&apos;s with --session)</source>
        <translation>lister les documents (de toutes les séances, ou d’une séance avec --session)</translation>
    </message>
    <message>
        <source>one session: its number, or the feed&apos;s id for it</source>
        <translation>une séance&#xa0;: son numéro, ou son identifiant dans le fil</translation>
    </message>
    <message>
        <source>keep materials offline: one session&apos;s (--session) or every favourite&apos;s (--agenda)</source>
        <translation>garder des documents hors ligne&#xa0;: ceux d’une séance (--session) ou de chaque favori (--agenda)</translation>
    </message>
    <message>
        <source>Download the materials of one session, or of every session on your agenda (your favourites), into the materials folder to read offline. The total is shown before it starts and progress on stderr; a cut-off download resumes next time, a copy already kept is only checked (ETag / Last-Modified). Exit 6 if any file failed (each failure is one line naming the file and the cause); the others are kept.</source>
        <translation>Télécharger les documents d’une séance, ou de chaque séance de votre agenda (vos favoris), dans le dossier des documents pour les lire hors ligne. Le total est affiché avant le début et la progression sur stderr; un téléchargement interrompu reprend la fois suivante, une copie déjà gardée est seulement vérifiée (ETag / Last-Modified). Code de sortie 6 si un fichier a échoué (chaque échec est une ligne qui nomme le fichier et la cause); les autres sont gardés.</translation>
    </message>
    <message>
        <source>every material of every favourite session</source>
        <translation>tous les documents de chaque séance favorite</translation>
    </message>
    <message>
        <source>write a briefing pack (PDF) for a session, your agenda or a range of days</source>
        <translation>écrire une trousse d’information (PDF) pour une séance, votre agenda ou une période de jours</translation>
    </message>
    <message>
        <source>Write a printable briefing pack as a PDF: a cover, the contents with page numbers, then each session with its time in the event&apos;s zone and yours, the join link, the abstract, presenters with biographies and photos (cached ones; a placeholder otherwise), linked case studies, materials, and your notes and questions. Works offline and without a display.</source>
        <translation>Écrire une trousse d’information imprimable en PDF&#xa0;: une couverture, la table des matières avec les numéros de page, puis chaque séance avec son heure dans le fuseau de l’événement et le vôtre, le lien pour se joindre, le résumé, les présentateurs avec biographies et photos (celles en cache; sinon une image de remplacement), les études de cas liées, les documents, ainsi que vos notes et vos questions. Fonctionne hors ligne et sans écran.</translation>
    </message>
    <message>
        <source>one session (number or the feed&apos;s id)</source>
        <translation>une séance (numéro ou identifiant dans le fil)</translation>
    </message>
    <message>
        <source>the sessions starting from this day (YYYY-MM-DD, your time zone); with --to</source>
        <translation>les séances à partir de ce jour (AAAA-MM-JJ, votre fuseau horaire); avec --to</translation>
    </message>
    <message>
        <source>... up to this day, included (with --from)</source>
        <translation>… jusqu’à ce jour inclusivement (avec --from)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>le PDF à écrire</translation>
    </message>
    <message>
        <source>your time zone for the times and the days of --from/--to (default: this computer&apos;s)</source>
        <translation>votre fuseau horaire pour les heures et les jours de --from/--to (par défaut&#xa0;: celui de cet ordinateur)</translation>
    </message>
    <message>
        <source>the paper size (default: from your locale, Letter in the US and Canada, else A4)</source>
        <translation>le format de papier, a4 ou letter (Lettre) (par défaut&#xa0;: selon vos paramètres régionaux, Lettre aux États-Unis et au Canada, sinon A4)</translation>
    </message>
    <message>
        <source>seconds a download may take in all before it is stopped as stalled ({low}-{high}; default {default})</source>
        <translation>secondes qu’un téléchargement peut prendre au total avant d’être arrêté comme bloqué ({low}-{high}; par défaut {default})</translation>
    </message>
    <message>
        <source>the largest feed a download may bring, in MiB ({low}-{high}; default {default})</source>
        <translation>le plus gros fil qu’un téléchargement peut apporter, en Mio ({low}-{high}; par défaut {default})</translation>
    </message>
    <message>
        <source>the largest material Keep offline downloads, in MiB ({low}-{high}; default {default})</source>
        <translation>le plus gros document que Garder hors ligne télécharge, en Mio ({low}-{high}; par défaut {default})</translation>
    </message>
    <message>
        <source>minutes between background syncs in the window (0: only when asked)</source>
        <translation>minutes entre les synchronisations en arrière-plan dans la fenêtre (0&#xa0;: seulement sur demande)</translation>
    </message>
    <message>
        <source>minutes before a favourite starts that its reminder comes (0: none)</source>
        <translation>minutes avant le début d’un favori où vient son rappel (0&#xa0;: aucun)</translation>
    </message>
    <message>
        <source>which times the lists show ({choices})</source>
        <translation>les heures que les listes affichent&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>the window&apos;s palette ({choices})</source>
        <translation>la palette de la fenêtre&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>the language of the window and the CLI ({choices})</source>
        <translation>la langue de la fenêtre et de la ligne de commande&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>show the settings, or set one</source>
        <translation>afficher les paramètres, ou en régler un</translation>
    </message>
    <message>
        <source>Show every setting (no NAME), one (NAME), or set one (NAME VALUE).</source>
        <translation>Afficher tous les paramètres (sans NOM), un seul (NOM), ou en régler un (NOM VALEUR).</translation>
    </message>
    <message>
        <source>your case studies: {actions}</source>
        <translation>vos études de cas&#xa0;: {actions}</translation>
    </message>
    <message>
        <source>Case studies from feeds and your own: notes with history, attached files and links, and bundles (.zip) to send to organizers or another machine.</source>
        <translation>Les études de cas des fils et les vôtres&#xa0;: notes avec historique, fichiers joints et liens, et paquets (.zip) à envoyer aux organisateurs ou à un autre ordinateur.</translation>
    </message>
    <message>
        <source>list case studies</source>
        <translation>lister les études de cas</translation>
    </message>
    <message>
        <source>full-text search (fields and notes)</source>
        <translation>recherche plein texte (champs et notes)</translation>
    </message>
    <message>
        <source>show one case study in full</source>
        <translation>afficher une étude de cas en entier</translation>
    </message>
    <message>
        <source>case study number or UUID</source>
        <translation>numéro ou UUID de l’étude de cas</translation>
    </message>
    <message>
        <source>write a case study with notes, history and materials as a .zip bundle</source>
        <translation>écrire une étude de cas avec ses notes, son historique et ses documents dans un paquet .zip</translation>
    </message>
    <message>
        <source>the .zip to write</source>
        <translation>le fichier .zip à écrire</translation>
    </message>
    <message>
        <source>import a bundle (merged by id; newer local work is never overwritten unasked)</source>
        <translation>importer un paquet (fusionné par identifiant; un travail local plus récent n’est jamais écrasé sans demande)</translation>
    </message>
    <message>
        <source>a case-study bundle (.zip)</source>
        <translation>un paquet d’étude de cas (.zip)</translation>
    </message>
    <message>
        <source>if your copy is newer, replace it anyway (its notes stay in the history)</source>
        <translation>si votre copie est plus récente, la remplacer quand même (ses notes restent dans l’historique)</translation>
    </message>
    <message>
        <source>if your copy is newer, add the bundle&apos;s as a new case study beside it</source>
        <translation>si votre copie est plus récente, ajouter celle du paquet comme nouvelle étude de cas à côté</translation>
    </message>
    <message>
        <source>add a case study of your own</source>
        <translation>ajouter une étude de cas à vous</translation>
    </message>
    <message>
        <source>print the new case study as JSON</source>
        <translation>afficher la nouvelle étude de cas en JSON</translation>
    </message>
    <message>
        <source>change fields (a feed&apos;s case study keeps your edits as an overlay)</source>
        <translation>changer des champs (l’étude de cas d’un fil garde vos modifications par-dessus)</translation>
    </message>
    <message>
        <source>drop your edits of a feed&apos;s case study and show the feed&apos;s version</source>
        <translation>abandonner vos modifications de l’étude de cas d’un fil et afficher la version du fil</translation>
    </message>
    <message>
        <source>you have seen what the feed changed: stop flagging it, keep your edits</source>
        <translation>vous avez vu ce que le fil a changé&#xa0;: ne plus le signaler, garder vos modifications</translation>
    </message>
    <message>
        <source>delete a case study of your own</source>
        <translation>supprimer une étude de cas à vous</translation>
    </message>
    <message>
        <source>attach a file (copied into the app) or a link</source>
        <translation>joindre un fichier (copié dans l’application) ou un lien</translation>
    </message>
    <message>
        <source>the name to show (default: the file name or the URL)</source>
        <translation>le nom à afficher (par défaut&#xa0;: le nom du fichier ou l’adresse)</translation>
    </message>
    <message>
        <source>remove a material</source>
        <translation>retirer un document</translation>
    </message>
    <message>
        <source>show or save your notes (Markdown), with history</source>
        <translation>afficher ou enregistrer vos notes (Markdown), avec l’historique</translation>
    </message>
    <message>
        <source>the new notes; - reads them from stdin</source>
        <translation>les nouvelles notes; - les lit sur l’entrée standard</translation>
    </message>
    <message>
        <source>list the saved revisions</source>
        <translation>lister les révisions enregistrées</translation>
    </message>
    <message>
        <source>diff two revisions</source>
        <translation>comparer deux révisions</translation>
    </message>
    <message>
        <source>make an old revision current again</source>
        <translation>refaire d’une ancienne révision la version courante</translation>
    </message>
    <message>
        <source>comma-separated tags (&apos;&apos; for none)</source>
        <translation>étiquettes séparées par des virgules («&#xa0;&apos;&apos;&#xa0;» pour aucune)</translation>
    </message>
    <message>
        <source>linked sessions (numbers or feed ids; &apos;&apos; for none)</source>
        <translation>séances liées (numéros ou identifiants dans le fil; «&#xa0;&apos;&apos;&#xa0;» pour aucune)</translation>
    </message>
    <message>
        <source>linked presenters (numbers; &apos;&apos; for none)</source>
        <translation>présentateurs liés (numéros; «&#xa0;&apos;&apos;&#xa0;» pour aucun)</translation>
    </message>
</context>
<context>
    <name>cli-metavar</name>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SAUVEGARDE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>FEED_ID</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SORTE</translation>
    </message>
    <message>
        <source>URL|PATH</source>
        <translation>URL|CHEMIN</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>FUSEAU</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>QID</source>
        <translation>QUESTION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>FICHIER.ics</translation>
    </message>
    <message>
        <source>MARK</source>
        <translation>MARQUE</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FICHIER.pdf</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FICHIER|URL</translation>
    </message>
    <message>
        <source>MATERIAL_ID</source>
        <translation>DOCUMENT</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ANCIENNE</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUVELLE</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>RÉVISION</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>ID,ID</source>
        <translation>NUMÉRO,NUMÉRO</translation>
    </message>
</context>
<context>
    <name>cli-token</name>
    <message>
        <source>list</source>
        <translation>lister</translation>
    </message>
    <message>
        <source>show</source>
        <translation>afficher</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>new</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>marquer</translation>
    </message>
    <message>
        <source>move</source>
        <translation>déplacer</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copier</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminer</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>rouvrir</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>retirer</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>effacer</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exporter</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importer</translation>
    </message>
    <message>
        <source>orphans</source>
        <translation>orphelins</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>joindre</translation>
    </message>
    <message>
        <source>detach</source>
        <translation>détacher</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>check</source>
        <translation>vérifier</translation>
    </message>
    <message>
        <source>recover</source>
        <translation>récupérer</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>sauvegardes</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restaurer</translation>
    </message>
    <message>
        <source>download</source>
        <translation>télécharger</translation>
    </message>
    <message>
        <source>timezone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>posée</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>not-attended</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>track</source>
        <translation>volet</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>light</source>
        <translation>clair</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>sombre</translation>
    </message>
    <message>
        <source>event</source>
        <translation>heure de l’événement</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mon heure</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>en</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>fr</source>
        <translation>français</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>the feed is empty</source>
        <translation>le fil est vide</translation>
    </message>
    <message>
        <source>unknown JSON feed format (expected a briefing feed with &quot;format&quot;: &quot;briefing-feed&quot;, or a schedule.json from pretalx or frab)</source>
        <translation>format de fil JSON inconnu (attendu&#xa0;: un fil au format briefing, avec &quot;format&quot;: &quot;briefing-feed&quot;, ou un schedule.json de pretalx ou de frab)</translation>
    </message>
    <message>
        <source>got an HTML page, not a feed (is the address right?)</source>
        <translation>reçu une page HTML, pas un fil (l’adresse est-elle juste?)</translation>
    </message>
    <message>
        <source>unknown feed format (supported: briefing feed JSON, frab/Pentabarf XML, c3voc schedule JSON, iCalendar)</source>
        <translation>format de fil inconnu (formats pris en charge&#xa0;: fil briefing JSON, XML frab/Pentabarf, horaire c3voc JSON, iCalendar)</translation>
    </message>
    <message>
        <source>unknown feed format {fmt!r}</source>
        <translation>format de fil inconnu {fmt!r}</translation>
    </message>
    <message>
        <source>the feed is not UTF-8 text (bad byte at offset {offset})</source>
        <translation>le fil n’est pas du texte UTF-8 (octet invalide à la position {offset})</translation>
    </message>
    <message>
        <source>invalid JSON at line {line} column {column}: {error} (the file ends too early: truncated?)</source>
        <translation>JSON non valide à la ligne {line}, colonne {column}&#xa0;: {error} (le fichier finit trop tôt&#xa0;: tronqué?)</translation>
    </message>
    <message>
        <source>invalid JSON at line {line} column {column}: {error}</source>
        <translation>JSON non valide à la ligne {line}, colonne {column}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>invalid JSON: nested too deeply</source>
        <translation>JSON non valide&#xa0;: imbrication trop profonde</translation>
    </message>
    <message>
        <source>invalid JSON: {exc}</source>
        <translation>JSON non valide&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>the commands work without one (briefing-app --help)</source>
        <translation>les commandes fonctionnent sans écran (briefing-app --help)</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM=offscreen runs the window without one</source>
        <translation>QT_QPA_PLATFORM=offscreen fait fonctionner la fenêtre sans écran</translation>
    </message>
    <message>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set (an SSH session?)</source>
        <translation>aucun écran&#xa0;: ni DISPLAY ni WAYLAND_DISPLAY n’est défini (une session SSH?)</translation>
    </message>
    <message>
        <source>no display: QT_QPA_PLATFORM={qt_qpa_platform} needs {needed}, not set</source>
        <translation>aucun écran&#xa0;: QT_QPA_PLATFORM={qt_qpa_platform} demande {needed}, qui n’est pas défini</translation>
    </message>
    <message>
        <source>cannot reach the display {display} (no X server listening at {path})</source>
        <translation>impossible de joindre l’écran {display} (aucun serveur X n’écoute à {path})</translation>
    </message>
    <message>
        <source>cannot reach the display {display} ({address}:{port}: {reason})</source>
        <translation>impossible de joindre l’écran {display} ({address}:{port}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>cannot reach the Wayland display {name} (XDG_RUNTIME_DIR is not set)</source>
        <translation>impossible de joindre l’écran Wayland {name} (XDG_RUNTIME_DIR n’est pas défini)</translation>
    </message>
    <message>
        <source>cannot reach the Wayland display {name} (no compositor listening at {path})</source>
        <translation>impossible de joindre l’écran Wayland {name} (aucun compositeur n’écoute à {path})</translation>
    </message>
    <message>
        <source>a follow-up needs some text</source>
        <translation>un suivi doit avoir du texte</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>a priority is 1 (high) to 9 (low), not {priority!r}</source>
        <translation>une priorité va de 1 (haute) à 9 (basse), pas {priority!r}</translation>
    </message>
    <message>
        <source>unknown follow-up status {status!r}; use one of: {followup_statuses}</source>
        <translation>état de suivi inconnu {status!r}; utilisez l’un de ceux-ci&#xa0;: {followup_statuses}</translation>
    </message>
    <message>
        <source>a due time needs its time zone</source>
        <translation>une heure d’échéance doit avoir son fuseau horaire</translation>
    </message>
    <message>
        <source>the {what} holds a control character; type plain text</source>
        <translation>le champ «&#xa0;{what}&#xa0;» contient un caractère de contrôle; tapez du texte simple</translation>
    </message>
    <message>
        <source>the {what} is {count:,} characters long; at most {limit:,} are kept</source>
        <translation>le champ «&#xa0;{what}&#xa0;» compte {count:,} caractères; au plus {limit:,} sont conservés</translation>
    </message>
    <message>
        <source>no follow-up number {value}</source>
        <translation>aucun suivi numéro {value}</translation>
    </message>
    <message>
        <source>a follow-up needs a UID</source>
        <translation>un suivi doit avoir un UID</translation>
    </message>
    <message>
        <source>no earlier note version {value}</source>
        <translation>aucune version antérieure de note {value}</translation>
    </message>
    <message>
        <source>no backup {name!r}: give its number or name from `briefing-app db backups`, or the path of a database file</source>
        <translation>aucune sauvegarde {name!r}&#xa0;: donnez son numéro ou son nom tel que «&#xa0;briefing-app db backups&#xa0;» les affiche, ou le chemin d’un fichier de base de données</translation>
    </message>
    <message>
        <source>the backup {backup} cannot be opened ({exc}); nothing was changed. `briefing-app db backups` lists the backups</source>
        <translation>la sauvegarde {backup} ne peut pas être ouverte ({exc}); rien n’a été modifié. «&#xa0;briefing-app db backups&#xa0;» liste les sauvegardes</translation>
    </message>
    <message>
        <source>the backup {backup} is not a Briefing Companion database (SQLite: {exc}); nothing was changed. `briefing-app db backups` lists the backups</source>
        <translation>la sauvegarde {backup} n’est pas une base de données de Briefing Companion (SQLite&#xa0;: {exc}); rien n’a été modifié. «&#xa0;briefing-app db backups&#xa0;» liste les sauvegardes</translation>
    </message>
    <message>
        <source>the backup {backup} is not a Briefing Companion database; nothing was changed. `briefing-app db backups` lists the backups</source>
        <translation>la sauvegarde {backup} n’est pas une base de données de Briefing Companion; rien n’a été modifié. «&#xa0;briefing-app db backups&#xa0;» liste les sauvegardes</translation>
    </message>
    <message>
        <source>the backup {backup} was written by a newer version of Briefing Companion (schema {version}, this app knows up to {latest_version}); update the app; nothing was changed. `briefing-app db backups` lists the backups</source>
        <translation>la sauvegarde {backup} a été écrite par une version plus récente de Briefing Companion (schéma {version}, cette application connaît jusqu’au {latest_version}); mettez l’application à jour; rien n’a été modifié. «&#xa0;briefing-app db backups&#xa0;» liste les sauvegardes</translation>
    </message>
    <message>
        <source>the backup {backup} is damaged ({summary}); nothing was changed. `briefing-app db backups` lists the backups</source>
        <translation>la sauvegarde {backup} est endommagée ({summary}); rien n’a été modifié. «&#xa0;briefing-app db backups&#xa0;» liste les sauvegardes</translation>
    </message>
    <message>
        <source>there is no database at {value}</source>
        <translation>il n’y a pas de base de données à {value}</translation>
    </message>
    <message>
        <source>Nothing in it could be read, so nothing was changed; restore a backup (`briefing-app db backups`, then `briefing-app db restore NUMBER`) or move the file aside to start afresh</source>
        <translation>Rien n’a pu y être lu, donc rien n’a été modifié; restaurez une sauvegarde («&#xa0;briefing-app db backups&#xa0;», puis «&#xa0;briefing-app db restore NUMÉRO&#xa0;») ou mettez le fichier de côté pour repartir de zéro</translation>
    </message>
    <message>
        <source>no material with id {value}</source>
        <translation>aucun document avec l’identifiant {value}</translation>
    </message>
    <message>
        <source>unknown organization kind {kind!r} (one of {organization_kinds})</source>
        <translation>type d’organisation inconnu {kind!r} (l’un de {organization_kinds})</translation>
    </message>
    <message>
        <source>no organization number {value}</source>
        <translation>aucune organisation numéro {value}</translation>
    </message>
    <message>
        <source>can hide a track or a room, not {what!r}</source>
        <translation>on peut masquer un volet ou une salle, pas {what!r}</translation>
    </message>
    <message>
        <source>no {what} named</source>
        <translation>aucun nom de {what} donné</translation>
    </message>
    <message>
        <source>no presenter with id {value}</source>
        <translation>aucun présentateur avec l’identifiant {value}</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>a question needs some text</source>
        <translation>une question doit avoir du texte</translation>
    </message>
    <message>
        <source>the {what} is {count:,} characters long; at most {max_question_chars:,} are kept</source>
        <translation>le champ «&#xa0;{what}&#xa0;» compte {count:,} caractères; au plus {max_question_chars:,} sont conservés</translation>
    </message>
    <message>
        <source>unknown question state {state!r}; use one of: {question_states}</source>
        <translation>état de question inconnu {state!r}; utilisez l’un de ceux-ci&#xa0;: {question_states}</translation>
    </message>
    <message>
        <source>no question number {value}</source>
        <translation>aucune question numéro {value}</translation>
    </message>
    <message>
        <source>answer note</source>
        <translation>note de réponse</translation>
    </message>
    <message>
        <source>a question&apos;s position starts at 1 (not {position})</source>
        <translation>la position d’une question commence à 1 (pas {position})</translation>
    </message>
    <message>
        <source>position {position} is out of range: session {session_id} has {n} question (1 to {n})</source>
        <translation>la position {position} est hors limites&#xa0;: la séance {session_id} a {n} question (1 à {n})</translation>
    </message>
    <message>
        <source>position {position} is out of range: session {session_id} has {n} questions (1 to {n})</source>
        <translation>la position {position} est hors limites&#xa0;: la séance {session_id} a {n} questions (1 à {n})</translation>
    </message>
    <message>
        <source>imported {n} session</source>
        <translation>{n} séance importée</translation>
    </message>
    <message>
        <source>imported {n} sessions</source>
        <translation>{n} séances importées</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>nouvelles&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} removed</source>
        <translation>retirées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} cancelled</source>
        <translation>annulées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} moved</source>
        <translation>déplacées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} retitled</source>
        <translation>renommées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} with presenter changes</source>
        <translation>présentateurs changés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>mises à jour&#xa0;: {n}</translation>
    </message>
    <message>
        <source>no session number {number}</source>
        <translation>aucune séance numéro {number}</translation>
    </message>
    <message>
        <source>{text!r} is ambiguous: session number {text} is {title!r}, but a feed also uses {text!r} for another session; write #{text} for the number or FEED/{text} (e.g. {feed}/{text}) for the feed&apos;s id</source>
        <translation>{text!r} est ambigu&#xa0;: la séance numéro {text} est {title!r}, mais un fil utilise aussi {text!r} pour une autre séance; écrivez #{text} pour le numéro ou FIL/{text} (p. ex. {feed}/{text}) pour l’identifiant dans le fil</translation>
    </message>
    <message>
        <source>no session with id {text!r}</source>
        <translation>aucune séance avec l’identifiant {text!r}</translation>
    </message>
    <message>
        <source>{text!r} names sessions in several feeds; write one of {choices}</source>
        <translation>{text!r} désigne des séances de plusieurs fils; écrivez l’un de {choices}</translation>
    </message>
    <message>
        <source>the feed contradicts itself: {exc}</source>
        <translation>le fil se contredit&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>the feed refers to {args!r}, which it does not define</source>
        <translation>le fil renvoie à {args!r}, qu’il ne définit pas</translation>
    </message>
    <message>
        <source>no feed with id {id}</source>
        <translation>aucun fil avec le numéro {id}</translation>
    </message>
    <message>
        <source>no field {name} on a case study</source>
        <translation>aucun champ {name} dans une étude de cas</translation>
    </message>
    <message>
        <source>no case study number {value}</source>
        <translation>aucune étude de cas numéro {value}</translation>
    </message>
    <message>
        <source>time zone {zone} inferred from the city {city!r}</source>
        <translation>fuseau horaire {zone}, déduit de la ville {city!r}</translation>
    </message>
    <message>
        <source>not modified since the last sync</source>
        <translation>non modifié depuis la dernière synchronisation</translation>
    </message>
    <message>
        <source>the feed now lists no sessions (it had {gone}); not marking them all removed. If the event is really gone, remove the feed</source>
        <translation>le fil ne liste plus aucune séance (il en avait {gone}); elles ne sont pas toutes marquées comme retirées. Si l’événement n’existe vraiment plus, retirez le fil</translation>
    </message>
    <message>
        <source>the feed was removed during the sync</source>
        <translation>le fil a été retiré pendant la synchronisation</translation>
    </message>
    <message>
        <source>feed {id}</source>
        <translation>fil {id}</translation>
    </message>
    <message>
        <source>{exc} (expected an IANA name such as Europe/Brussels)</source>
        <translation>{exc} (attendu&#xa0;: un nom IANA comme Europe/Brussels)</translation>
    </message>
    <message>
        <source>the server sent no feed</source>
        <translation>le serveur n’a envoyé aucun fil</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>no feed address given</source>
        <translation>aucune adresse de fil donnée</translation>
    </message>
    <message>
        <source>the {scheme}: scheme is not supported; use an http(s) address or a local file</source>
        <translation>le schéma {scheme}: n’est pas pris en charge; utilisez une adresse http(s) ou un fichier local</translation>
    </message>
    <message>
        <source>its symbolic links go round in a loop</source>
        <translation>ses liens symboliques tournent en rond</translation>
    </message>
    <message>
        <source>{text!r} is not a valid address: {why}</source>
        <translation>{text!r} n’est pas une adresse valide&#xa0;: {why}</translation>
    </message>
    <message>
        <source>it contains a space or a control character (write a space as %20)</source>
        <translation>elle contient une espace ou un caractère de contrôle (écrivez une espace %20)</translation>
    </message>
    <message>
        <source>it has no host name</source>
        <translation>elle n’a pas de nom d’hôte</translation>
    </message>
    <message>
        <source>the host in brackets [ ] is not a valid IPv6 address</source>
        <translation>l’hôte entre crochets [ ] n’est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>the host name {host!r} is not valid</source>
        <translation>le nom d’hôte {host!r} n’est pas valide</translation>
    </message>
    <message>
        <source>the port {port!r} is not a number</source>
        <translation>le port {port!r} n’est pas un nombre</translation>
    </message>
    <message>
        <source>the port {port} is out of range (1 to 65535)</source>
        <translation>le port {port} est hors limites (de 1 à 65535)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>the {what}</source>
        <translation>le {what}</translation>
    </message>
    <message>
        <source>the server asked to wait {wait:g} s before trying again, longer than the {limit:g} s download time limit allows</source>
        <translation>le serveur a demandé d’attendre {wait:g} s avant de réessayer, plus que ne le permet la limite de téléchargement de {limit:g} s</translation>
    </message>
    <message>
        <source>no time left for another try within the {limit:g} s download time limit</source>
        <translation>plus de temps pour un autre essai dans la limite de téléchargement de {limit:g} s</translation>
    </message>
    <message>
        <source>{attempts} attempts over {elapsed} s</source>
        <translation>{attempts} essais en {elapsed} s</translation>
    </message>
    <message>
        <source>{reason} ({notes})</source>
        <translation>{reason} ({notes})</translation>
    </message>
    <message>
        <source>{limit:g} s, the download time limit</source>
        <translation>{limit:g} s, la limite de temps de téléchargement</translation>
    </message>
    <message>
        <source>gave up connecting after {limit}</source>
        <translation>abandon de la connexion après {limit}</translation>
    </message>
    <message>
        <source>gave up after {limit}, with {received:,} bytes of the {what} received</source>
        <translation>abandon après {limit}, avec {received:,} octets du {what} reçus</translation>
    </message>
    <message>
        <source>gave up waiting for its answer after {limit}</source>
        <translation>abandon de l’attente de sa réponse après {limit}</translation>
    </message>
    <message>
        <source> ({attempts} attempts)</source>
        <translation> ({attempts} essais)</translation>
    </message>
    <message>
        <source>the server stalled: {doing}{tries}</source>
        <translation>le serveur ne répondait plus&#xa0;: {doing}{tries}</translation>
    </message>
    <message>
        <source>the server answered {status} (a redirect) without saying where to</source>
        <translation>le serveur a répondu {status} (une redirection) sans dire vers où</translation>
    </message>
    <message>
        <source>the server redirected to a {value}: address ({shown}); only http and https addresses are followed</source>
        <translation>le serveur a redirigé vers une adresse {value}: ({shown}); seules les adresses http et https sont suivies</translation>
    </message>
    <message>
        <source>the server redirected from its secure https address to an unencrypted http one ({shown}); not followed. If the feed really moved there, add that address yourself</source>
        <translation>le serveur a redirigé de son adresse https sécurisée vers une adresse http non chiffrée ({shown}); redirection non suivie. Si le fil a vraiment déménagé là, ajoutez vous-même cette adresse</translation>
    </message>
    <message>
        <source>the server redirected to an address with no host ({shown})</source>
        <translation>le serveur a redirigé vers une adresse sans hôte ({shown})</translation>
    </message>
    <message>
        <source>the server&apos;s redirects go round in a loop (back to {shown})</source>
        <translation>les redirections du serveur tournent en rond (retour à {shown})</translation>
    </message>
    <message>
        <source>too many redirects (more than {max_redirects}; the last to {shown})</source>
        <translation>trop de redirections (plus de {max_redirects}; la dernière vers {shown})</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified to a request that asked for the whole {what}</source>
        <translation>le serveur a répondu 304 Not Modified à une requête qui demandait le {what} en entier</translation>
    </message>
    <message>
        <source>the server answered {said}</source>
        <translation>le serveur a répondu {said}</translation>
    </message>
    <message>
        <source>the server answered {said} with no {what}</source>
        <translation>le serveur a répondu {said} sans {what}</translation>
    </message>
    <message>
        <source>the server answered {status}</source>
        <translation>le serveur a répondu {status}</translation>
    </message>
    <message>
        <source>{message}; {hint}</source>
        <translation>{message}; {hint}</translation>
    </message>
    <message>
        <source>cannot read the feed file: {exc}</source>
        <translation>impossible de lire le fichier du fil&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>waiting {seconds} s between them</source>
        <translation>en attendant {seconds} s entre les essais</translation>
    </message>
    <message>
        <source>waiting {seconds} s as the server asked (Retry-After)</source>
        <translation>en attendant {seconds} s comme le serveur l’a demandé (Retry-After)</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} et {last}</translation>
    </message>
    <message>
        <source>secure connection failed: {root_cause}</source>
        <translation>la connexion sécurisée a échoué&#xa0;: {root_cause}</translation>
    </message>
    <message>
        <source>could not connect within {connect_timeout:g} s</source>
        <translation>connexion impossible en {connect_timeout:g} s</translation>
    </message>
    <message>
        <source>the server did not answer within {read_timeout:g} s</source>
        <translation>le serveur n’a pas répondu en {read_timeout:g} s</translation>
    </message>
    <message>
        <source>the server sent a header line too long to be HTTP</source>
        <translation>le serveur a envoyé une ligne d’en-tête trop longue pour être du HTTP</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP (it began {line!r})</source>
        <translation>la réponse du serveur n’est pas du HTTP (elle commençait par {line!r})</translation>
    </message>
    <message>
        <source>the server sent a malformed answer ({printable})</source>
        <translation>le serveur a envoyé une réponse mal formée ({printable})</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>cannot connect: {root_cause}</source>
        <translation>connexion impossible&#xa0;: {root_cause}</translation>
    </message>
    <message>
        <source>not a valid address: {printable}</source>
        <translation>adresse non valide&#xa0;: {printable}</translation>
    </message>
    <message>
        <source>download failed: {root_cause}</source>
        <translation>le téléchargement a échoué&#xa0;: {root_cause}</translation>
    </message>
    <message>
        <source>the compressed body is damaged: {root_cause}</source>
        <translation>le contenu compressé est endommagé&#xa0;: {root_cause}</translation>
    </message>
    <message>
        <source>the server stopped sending for {read_timeout:g} s (after {size:,} bytes)</source>
        <translation>le serveur a cessé d’envoyer pendant {read_timeout:g} s (après {size:,} octets)</translation>
    </message>
    <message>
        <source>the connection was reset after {size:,} bytes</source>
        <translation>la connexion a été réinitialisée après {size:,} octets</translation>
    </message>
    <message>
        <source>the download was cut off after {size:,} bytes</source>
        <translation>le téléchargement a été interrompu après {size:,} octets</translation>
    </message>
    <message>
        <source>the connection broke after {size:,} bytes: {root_cause}</source>
        <translation>la connexion s’est rompue après {size:,} octets&#xa0;: {root_cause}</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>name or service not known</source>
        <translation>nom ou service inconnu</translation>
    </message>
    <message>
        <source>no route to host</source>
        <translation>aucune route vers l’hôte</translation>
    </message>
    <message>
        <source>certificate verify failed</source>
        <translation>échec de la vérification du certificat</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>connexion réinitialisée</translation>
    </message>
    <message>
        <source>Kept on this computer only; never sent.</source>
        <translation>Conservé sur cet ordinateur seulement; jamais envoyé.</translation>
    </message>
    <message>
        <source>Hours are each session&apos;s scheduled length.</source>
        <translation>Les heures sont la durée prévue de chaque séance.</translation>
    </message>
    <message>
        <source>cannot export attendance to {name}: name a .csv or .pdf file</source>
        <translation>impossible d’exporter la présence vers {name}&#xa0;: nommez un fichier .csv ou .pdf</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder; give a file name</source>
        <translation>impossible d’écrire {path}&#xa0;: c’est un dossier; donnez un nom de fichier</translation>
    </message>
    <message>
        <source>marked attended</source>
        <translation>présence notée</translation>
    </message>
    <message>
        <source>marked not attended</source>
        <translation>absence notée</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>rejointe</translation>
    </message>
    <message>
        <source>My attendance</source>
        <translation>Mes présences</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Hours per series</source>
        <translation>Heures par série</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no series)</source>
        <translation>(aucune série)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Removed from the feed</source>
        <translation>Retiré du fil</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renommée</translation>
    </message>
    <message>
        <source>Presenters changed</source>
        <translation>Présentateurs changés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Kept material updated</source>
        <translation>Document gardé mis à jour</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>track</source>
        <translation>volet</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>online or in person</source>
        <translation>en ligne ou en personne</translation>
    </message>
    <message>
        <source>join link</source>
        <translation>lien pour rejoindre</translation>
    </message>
    <message>
        <source>registration link</source>
        <translation>lien d’inscription</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>page Web</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <source>feedback link</source>
        <translation>lien de rétroaction</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>traductions</translation>
    </message>
    <message>
        <source> ({fields} changed)</source>
        <translation> (modifié&#xa0;: {fields})</translation>
    </message>
    <message>
        <source> (now ends {when})</source>
        <translation> (fin désormais&#xa0;: {when})</translation>
    </message>
    <message>
        <source>session {id}</source>
        <translation>séance {id}</translation>
    </message>
    <message>
        <source> (was {when})</source>
        <translation> (avant&#xa0;: {when})</translation>
    </message>
    <message>
        <source> (room: {old} → {new})</source>
        <translation> (salle&#xa0;: {old} → {new})</translation>
    </message>
    <message>
        <source> (was “{title}”)</source>
        <translation> (avant&#xa0;: «&#xa0;{title}&#xa0;»)</translation>
    </message>
    <message>
        <source>Back in the feed</source>
        <translation>De retour dans le fil</translation>
    </message>
    <message>
        <source>{what}: {title}{extra}</source>
        <translation>{what}&#xa0;: {title}{extra}</translation>
    </message>
    <message>
        <source>{n} older version of events you have ignored</source>
        <translation>{n} version plus ancienne d’événements que vous avez ignorée</translation>
    </message>
    <message>
        <source>{n} older versions of events you have ignored</source>
        <translation>{n} versions plus anciennes d’événements que vous avez ignorées</translation>
    </message>
    <message>
        <source>{n} event already in the store (exported by this app; no copies made)</source>
        <translation>{n} événement déjà dans la base (exporté par cette application; aucune copie faite)</translation>
    </message>
    <message>
        <source>{n} events already in the store (exported by this app; no copies made)</source>
        <translation>{n} événements déjà dans la base (exportés par cette application; aucune copie faite)</translation>
    </message>
    <message>
        <source>{n} session of your exported agenda starred again</source>
        <translation>{n} séance de votre agenda exporté remise dans les favoris</translation>
    </message>
    <message>
        <source>{n} sessions of your exported agenda starred again</source>
        <translation>{n} séances de votre agenda exporté remises dans les favoris</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>rien à importer</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non posée</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>posée</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <source>no question {id} on session {session_id}</source>
        <translation>aucune question {id} dans la séance {session_id}</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuel</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Join: {url}</source>
        <translation>Rejoindre&#xa0;: {url}</translation>
    </message>
    <message>
        <source>This session was removed from its feed.</source>
        <translation>Cette séance a été retirée de son fil.</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>État&#xa0;: {status}.</translation>
    </message>
    <message>
        <source>Presenters: {people}</source>
        <translation>Présentateurs&#xa0;: {people}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Register: {url}</source>
        <translation>Inscription&#xa0;: {url}</translation>
    </message>
    <message>
        <source>More: {url}</source>
        <translation>En savoir plus&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Cancelled: {title}</source>
        <translation>Annulée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Postponed: {title}</source>
        <translation>Reportée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Présentateur</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Panéliste</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Commanditaires</translation>
    </message>
    <message>
        <source>the database {path} was empty (0 bytes), so a new one is started with the sample series; if you had data there, `briefing-app db backups` lists the automatic backups and `briefing-app db restore NUMBER` brings one back</source>
        <translation>la base de données {path} était vide (0 octet), donc une nouvelle est commencée avec la série d’exemple; si vous y aviez des données, «&#xa0;briefing-app db backups&#xa0;» liste les sauvegardes automatiques et «&#xa0;briefing-app db restore NUMÉRO&#xa0;» en ramène une</translation>
    </message>
    <message>
        <source>{path}: give a file ending in .ics or .csv (not {value!r})</source>
        <translation>{path}&#xa0;: donnez un fichier se terminant par .ics ou .csv (pas {value!r})</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {parent} does not exist</source>
        <translation>impossible d’écrire {path}&#xa0;: le dossier {parent} n’existe pas</translation>
    </message>
    <message>
        <source>cannot write {path}: {value}</source>
        <translation>impossible d’écrire {path}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>no UID</source>
        <translation>aucun UID</translation>
    </message>
    <message>
        <source>{who}, &quot;{summary}&quot;</source>
        <translation>{who}, «&#xa0;{summary}&#xa0;»</translation>
    </message>
    <message>
        <source>VTODO #{ordinal} ({who})</source>
        <translation>VTODO no {ordinal} ({who})</translation>
    </message>
    <message>
        <source>not an iCalendar file: it must start with BEGIN:VCALENDAR</source>
        <translation>ce n’est pas un fichier iCalendar&#xa0;: il doit commencer par BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>components are nested too deep</source>
        <translation>les composants sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>END:{name} does not close {value}</source>
        <translation>END:{name} ne ferme pas {value}</translation>
    </message>
    <message>
        <source>the file ends inside {stack} (truncated?)</source>
        <translation>le fichier se termine à l’intérieur de {stack} (tronqué?)</translation>
    </message>
    <message>
        <source>not a date with a time</source>
        <translation>ce n’est pas une date avec une heure</translation>
    </message>
    <message>
        <source>the year {year} is not one this app can show</source>
        <translation>l’année {year} n’est pas une année que cette application peut afficher</translation>
    </message>
    <message>
        <source>it has no UID</source>
        <translation>il n’a pas d’UID</translation>
    </message>
    <message>
        <source>its UID is {length:,} characters long or holds a control character (at most {most:,} plain characters)</source>
        <translation>son UID fait {length:,} caractères ou contient un caractère de contrôle (au plus {most:,} caractères simples)</translation>
    </message>
    <message>
        <source>it has no SUMMARY (the follow-up&apos;s text)</source>
        <translation>il n’a pas de SUMMARY (le texte du suivi)</translation>
    </message>
    <message>
        <source>unknown STATUS {raw_status!r} (a VTODO&apos;s is NEEDS-ACTION, IN-PROCESS, COMPLETED or CANCELLED)</source>
        <translation>STATUS inconnu {raw_status!r} (celui d’un VTODO est NEEDS-ACTION, IN-PROCESS, COMPLETED ou CANCELLED)</translation>
    </message>
    <message>
        <source>DUE is not a date or a date with a time</source>
        <translation>DUE n’est ni une date ni une date avec une heure</translation>
    </message>
    <message>
        <source>PRIORITY {number} is not 0 to 9</source>
        <translation>PRIORITY {number} n’est pas entre 0 et 9</translation>
    </message>
    <message>
        <source>SEQUENCE {sequence} is negative</source>
        <translation>SEQUENCE {sequence} est négatif</translation>
    </message>
    <message>
        <source>it holds {count:,} to-dos; at most {max_items:,} are imported at once (split the file)</source>
        <translation>il contient {count:,} tâches; au plus {max_items:,} sont importées à la fois (divisez le fichier)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {start:,} cannot be read)</source>
        <translation>ce n’est pas du texte UTF-8 (l’octet {start:,} ne peut pas être lu)</translation>
    </message>
    <message>
        <source>there is no VTODO in it (it holds {events:,} events, not to-dos)</source>
        <translation>il ne contient aucun VTODO (il contient {events:,} événements, pas des tâches)</translation>
    </message>
    <message>
        <source>there is no VTODO in it</source>
        <translation>il ne contient aucun VTODO</translation>
    </message>
    <message>
        <source>it holds {count:,} to-dos; at most {most:,} are imported at once (split the file)</source>
        <translation>il contient {count:,} tâches; au plus {most:,} sont importées à la fois (divisez le fichier)</translation>
    </message>
    <message>
        <source>the same UID as VTODO #{seen}</source>
        <translation>le même UID que le VTODO no {seen}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>{feed}: internal error while syncing this feed ({kind}: {error}); details are in the log file</source>
        <translation>{feed}&#xa0;: erreur interne pendant la synchronisation de ce fil ({kind}&#xa0;: {error}); les détails sont dans le fichier journal</translation>
    </message>
    <message>
        <source>the disk is full: {path}; the operation needed about {needed} MB (free: {free} MB). Free some space and try again; nothing was changed</source>
        <translation>le disque est plein&#xa0;: {path}; l’opération demandait environ {needed} Mo (libre&#xa0;: {free} Mo). Libérez de l’espace et réessayez; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the database {path} is damaged or not a database ({summary}); it was left untouched. {advice}</source>
        <translation>la base de données {path} est endommagée ou n’est pas une base de données ({summary}); elle n’a pas été touchée. {advice}</translation>
    </message>
    <message>
        <source>`briefing-app db recover` copies what can be read into a new database (keeping the damaged file aside), `briefing-app db backups` lists the automatic backups and `briefing-app db restore NUMBER` goes back to one</source>
        <translation>«&#xa0;briefing-app db recover&#xa0;» copie ce qui peut être lu dans une nouvelle base de données (en gardant de côté le fichier endommagé), «&#xa0;briefing-app db backups&#xa0;» liste les sauvegardes automatiques et «&#xa0;briefing-app db restore NUMÉRO&#xa0;» revient à l’une d’elles</translation>
    </message>
    <message>
        <source>SQLite: {n} problem found</source>
        <translation>SQLite&#xa0;: {n} problème trouvé</translation>
    </message>
    <message>
        <source>SQLite: {n} problems found</source>
        <translation>SQLite&#xa0;: {n} problèmes trouvés</translation>
    </message>
    <message>
        <source>SQLite found damage</source>
        <translation>SQLite a trouvé des dommages</translation>
    </message>
    <message>
        <source>already following {url}: it is feed {id} ({name})</source>
        <translation>{url} est déjà suivi&#xa0;: c’est le fil {id} ({name})</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got {kind}</source>
        <translation>attendu&#xa0;: un objet JSON au premier niveau; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>briefing feed version {version!r} is not supported (this app reads versions 1 to {format_version}); update the app</source>
        <translation>la version {version!r} du fil briefing n’est pas prise en charge (cette application lit les versions 1 à {format_version}); mettez l’application à jour</translation>
    </message>
    <message>
        <source>the feed is nested too deeply</source>
        <translation>le fil est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>expected {type_words} (a language map), got {kind}</source>
        <translation>attendu&#xa0;: {type_words} (une table de langues); reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>expected {type_words}, got {kind}</source>
        <translation>attendu&#xa0;: {type_words}; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>text matching {expected}</source>
        <translation>un texte conforme à {expected}</translation>
    </message>
    <message>
        <source>expected {words}, got {shown}</source>
        <translation>attendu&#xa0;: {words}; reçu&#xa0;: {shown}</translation>
    </message>
    <message>
        <source>expected one of {options}, got {shown}</source>
        <translation>attendu&#xa0;: l’un de {options}; reçu&#xa0;: {shown}</translation>
    </message>
    <message>
        <source>expected {expected}, got {shown}</source>
        <translation>attendu&#xa0;: {expected}; reçu&#xa0;: {shown}</translation>
    </message>
    <message>
        <source>required field {names} is missing</source>
        <translation>champ obligatoire manquant&#xa0;: {names}</translation>
    </message>
    <message>
        <source>unknown field {names}</source>
        <translation>champ inconnu&#xa0;: {names}</translation>
    </message>
    <message>
        <source>expected a non-empty string, got {shown}</source>
        <translation>attendu&#xa0;: une chaîne non vide; reçu&#xa0;: {shown}</translation>
    </message>
    <message>
        <source>text too long (at most {expected} characters)</source>
        <translation>texte trop long (au plus {expected} caractères)</translation>
    </message>
    <message>
        <source>expected a text or a language map such as {{&quot;en&quot;: &quot;...&quot;, &quot;fr&quot;: &quot;...&quot;}}, got an empty object</source>
        <translation>un texte ou une table de langues comme {{&quot;en&quot;: &quot;...&quot;, &quot;fr&quot;: &quot;...&quot;}} était attendu, un objet vide a été trouvé</translation>
    </message>
    <message>
        <source>{named} is not a language tag (BCP 47, such as en, fr or fr-CA)</source>
        <translation>{named} n’est pas une étiquette de langue (BCP 47, comme en, fr ou fr-CA)</translation>
    </message>
    <message>
        <source>a language map has at most {expected} languages</source>
        <translation>une table de langues a au plus {expected} langues</translation>
    </message>
    <message>
        <source>expected unique items, got duplicates in {shown}</source>
        <translation>attendu&#xa0;: des éléments uniques; reçu des doublons dans {shown}</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} ou {last}</translation>
    </message>
    <message>
        <source>case study</source>
        <translation>étude de cas</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>duplicate {noun} id {item_id!r} (first used at {first})</source>
        <translation>identifiant en double ({noun})&#xa0;: {item_id!r} (déjà utilisé à {first})</translation>
    </message>
    <message>
        <source>refers to unknown {noun} {value!r}</source>
        <translation>renvoie à un élément inconnu ({noun})&#xa0;: {value!r}</translation>
    </message>
    <message>
        <source>{exc} (expected an IANA name such as America/Toronto)</source>
        <translation>{exc} (attendu&#xa0;: un nom IANA comme America/Toronto)</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>présentateur</translation>
    </message>
    <message>
        <source>refers to unknown organization {org!r}</source>
        <translation>renvoie à une organisation inconnue&#xa0;: {org!r}</translation>
    </message>
    <message>
        <source>the session ends ({end}) before it starts ({start})</source>
        <translation>la séance se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>refers to unknown presenter {id!r}</source>
        <translation>renvoie à un présentateur inconnu&#xa0;: {id!r}</translation>
    </message>
    <message>
        <source>presenter {id!r} is listed twice in this session (give each person one role)</source>
        <translation>le présentateur {id!r} figure deux fois dans cette séance (donnez un seul rôle à chaque personne)</translation>
    </message>
    <message>
        <source>not a briefing feed</source>
        <translation>ce n’est pas un fil briefing</translation>
    </message>
    <message>
        <source>duplicate session id {item_id!r} (first used at $.sessions[{first_seen}])</source>
        <translation>identifiant de séance en double&#xa0;: {item_id!r} (déjà utilisé à $.sessions[{first_seen}])</translation>
    </message>
    <message>
        <source>two sessions have the id {id!r} once invalid characters are removed</source>
        <translation>deux séances ont l’identifiant {id!r} une fois les caractères non valides retirés</translation>
    </message>
    <message>
        <source>refers to unknown case study {ref!r}</source>
        <translation>renvoie à une étude de cas inconnue&#xa0;: {ref!r}</translation>
    </message>
    <message>
        <source>and {n} more text with invalid characters</source>
        <translation>et {n} autre texte avec des caractères non valides</translation>
    </message>
    <message>
        <source>and {n} more texts with invalid characters</source>
        <translation>et {n} autres textes avec des caractères non valides</translation>
    </message>
    <message>
        <source>the default time zone: {exc}</source>
        <translation>le fuseau horaire par défaut&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>expected {what} (a JSON object), got {kind}</source>
        <translation>attendu&#xa0;: {what} (un objet JSON); reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>expected an array, got {kind}</source>
        <translation>attendu&#xa0;: un tableau; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>est null</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>required field {key!r} {state}</source>
        <translation>le champ obligatoire {key!r} {state}</translation>
    </message>
    <message>
        <source>expected text or null, got {kind}</source>
        <translation>attendu&#xa0;: du texte ou null; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>expected {what} as text, got {kind}</source>
        <translation>attendu&#xa0;: {what} sous forme de texte; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>{what}&#xa0;: vide</translation>
    </message>
    <message>
        <source>the c3voc schedule</source>
        <translation>l’horaire c3voc</translation>
    </message>
    <message>
        <source>ignored $.schedule.rooms: the room list belongs in $.schedule.conference.rooms</source>
        <translation>$.schedule.rooms ignoré&#xa0;: la liste des salles va dans $.schedule.conference.rooms</translation>
    </message>
    <message>
        <source>the conference title</source>
        <translation>le titre de la conférence</translation>
    </message>
    <message>
        <source>ignored the unknown time zone {zone_name!r} at {path}.time_zone_name</source>
        <translation>fuseau horaire inconnu {zone_name!r} ignoré à {path}.time_zone_name</translation>
    </message>
    <message>
        <source>the room name</source>
        <translation>le nom de la salle</translation>
    </message>
    <message>
        <source>rooms by name</source>
        <translation>les salles par nom</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>un événement</translation>
    </message>
    <message>
        <source>the event title</source>
        <translation>le titre de l’événement</translation>
    </message>
    <message>
        <source>expected the guid as text, got {kind}</source>
        <translation>attendu&#xa0;: le guid sous forme de texte; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>expected the event id as an integer, got {kind}</source>
        <translation>attendu&#xa0;: l’identifiant de l’événement sous forme d’entier; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>expected the date and time as text, got {kind}</source>
        <translation>attendu&#xa0;: la date et l’heure sous forme de texte; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>the event ends ({value}) before it starts</source>
        <translation>l’événement se termine ({value}) avant de commencer</translation>
    </message>
    <message>
        <source>expected a duration like 00:45 (hours:minutes), got {kind}</source>
        <translation>attendu&#xa0;: une durée comme 00:45 (heures:minutes); reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>the duration {duration!r} ends after the year {max_year}</source>
        <translation>la durée {duration!r} se termine après l’année {max_year}</translation>
    </message>
    <message>
        <source>expected the name as text, got {kind}</source>
        <translation>attendu&#xa0;: le nom sous forme de texte; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>the person has no &apos;name&apos; or &apos;public_name&apos;</source>
        <translation>la personne n’a ni «&#xa0;name&#xa0;» ni «&#xa0;public_name&#xa0;»</translation>
    </message>
    <message>
        <source>expected the person id as an integer, got {kind}</source>
        <translation>attendu&#xa0;: l’identifiant de la personne sous forme d’entier; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>the feed names no time zone, only UTC offsets ({offsets}); local times are shown in {zones} (fixed offsets without daylight saving time; UTC for an offset that is not a whole hour). Choose the event&apos;s time zone to fix this.</source>
        <translation>le fil ne nomme aucun fuseau horaire, seulement des décalages UTC ({offsets}); les heures locales sont affichées en {zones} (décalages fixes sans heure avancée; UTC pour un décalage qui n’est pas une heure entière). Choisissez le fuseau horaire de l’événement pour corriger cela.</translation>
    </message>
    <message>
        <source>{count} event time(s) carry a UTC offset that does not match the time zone {zone} (first: {offset} at {path}); the instants follow the offsets, local times are shown in {zone}</source>
        <translation>{count} heure(s) d’événement portent un décalage UTC qui ne correspond pas au fuseau horaire {zone} (première&#xa0;: {offset} à {path}); les instants suivent les décalages, les heures locales sont affichées en {zone}</translation>
    </message>
    <message>
        <source>{count} events share the key {base!r} ({where}); imported each of them, as {keys}</source>
        <translation>{count} événements partagent la clé {base!r} ({where}); chacun a été importé, sous {keys}</translation>
    </message>
    <message>
        <source>required field &apos;date&apos; is missing</source>
        <translation>le champ obligatoire «&#xa0;date&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>the event has no &apos;date&apos; and the feed names no time zone; choose the event&apos;s time zone when adding the feed</source>
        <translation>l’événement n’a pas de «&#xa0;date&#xa0;» et le fil ne nomme aucun fuseau horaire; choisissez le fuseau horaire de l’événement en ajoutant le fil</translation>
    </message>
    <message>
        <source>expected a time of day like 09:30, got {kind}</source>
        <translation>attendu&#xa0;: une heure comme 09:30; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>the event has no &apos;date&apos; and its day has none to place &apos;start&apos; on</source>
        <translation>l’événement n’a pas de «&#xa0;date&#xa0;» et son jour n’en a pas non plus pour situer «&#xa0;start&#xa0;»</translation>
    </message>
    <message>
        <source>expected a date like 2019-08-21, got {kind}</source>
        <translation>attendu&#xa0;: une date comme 2019-08-21; reçu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>{value!r} is outside the years {min_year}–{max_year}</source>
        <translation>{value!r} est hors des années {min_year}–{max_year}</translation>
    </message>
    <message>
        <source>the city {place!r} suggests the time zone {guessed}, but the events&apos; UTC offsets disagree; not used</source>
        <translation>la ville {place!r} suggère le fuseau horaire {guessed}, mais les décalages UTC des événements ne concordent pas; non utilisé</translation>
    </message>
    <message>
        <source>the day has no date attribute, and this event has no &lt;date&gt;</source>
        <translation>le jour n’a pas d’attribut date, et cet événement n’a pas de &lt;date&gt;</translation>
    </message>
    <message>
        <source>the time zone you gave: {exc} (expected an IANA name such as Europe/Brussels)</source>
        <translation>le fuseau horaire donné&#xa0;: {exc} (attendu&#xa0;: un nom IANA comme Europe/Brussels)</translation>
    </message>
    <message>
        <source>the schedule has no &lt;conference&gt; element</source>
        <translation>l’horaire n’a pas d’élément &lt;conference&gt;</translation>
    </message>
    <message>
        <source>{exc} (expected an IANA name such as Europe/Brussels; or choose the event&apos;s time zone when importing)</source>
        <translation>{exc} (attendu&#xa0;: un nom IANA comme Europe/Brussels; ou choisissez le fuseau horaire de l’événement à l’importation)</translation>
    </message>
    <message>
        <source>the feed&apos;s time zone {named!r} is unknown; used {default_zone} instead</source>
        <translation>le fuseau horaire du fil {named!r} est inconnu; {default_zone} a été utilisé à la place</translation>
    </message>
    <message>
        <source>and no &lt;city&gt; to infer it from</source>
        <translation>et pas de &lt;city&gt; d’où le déduire</translation>
    </message>
    <message>
        <source>and its &lt;city&gt; {city!r} {reason}</source>
        <translation>et sa &lt;city&gt; {city!r} {reason}</translation>
    </message>
    <message>
        <source>the conference has neither a title nor an acronym</source>
        <translation>la conférence n’a ni titre ni acronyme</translation>
    </message>
    <message>
        <source>the feed names no time zone and has no events; used UTC</source>
        <translation>le fil ne nomme aucun fuseau horaire et n’a aucun événement; UTC a été utilisé</translation>
    </message>
    <message>
        <source>{offset_text} is not a whole hour, so times are shown in UTC</source>
        <translation>{offset_text} n’est pas une heure entière, les heures sont donc affichées en UTC</translation>
    </message>
    <message>
        <source>times are shown in the fixed zone {name}</source>
        <translation>les heures sont affichées dans le fuseau fixe {name}</translation>
    </message>
    <message>
        <source>the feed names no time zone, only UTC offsets ({seen}); {how}. Choose the event&apos;s time zone when importing to see local times across DST changes.</source>
        <translation>le fil ne nomme aucun fuseau horaire, seulement des décalages UTC ({seen}); {how}. Choisissez le fuseau horaire de l’événement à l’importation pour voir les heures locales d’un changement d’heure à l’autre.</translation>
    </message>
    <message>
        <source>skipped a person with neither id nor name at {where}</source>
        <translation>personne sans identifiant ni nom ignorée à {where}</translation>
    </message>
    <message>
        <source>presenter {key!r} has no name; named after the key</source>
        <translation>le présentateur {key!r} n’a pas de nom; nommé d’après la clé</translation>
    </message>
    <message>
        <source>the event has no title</source>
        <translation>l’événement n’a pas de titre</translation>
    </message>
    <message>
        <source>the event has no duration</source>
        <translation>l’événement n’a pas de durée</translation>
    </message>
    <message>
        <source>the event ends after the year {max_year}</source>
        <translation>l’événement se termine après l’année {max_year}</translation>
    </message>
    <message>
        <source>{count} events share the id {base!r}; imported each of them, as {keys}</source>
        <translation>{count} événements partagent l’identifiant {base!r}; chacun a été importé, sous {keys}</translation>
    </message>
    <message>
        <source>the event has neither &lt;date&gt; nor &lt;start&gt;</source>
        <translation>l’événement n’a ni &lt;date&gt; ni &lt;start&gt;</translation>
    </message>
    <message>
        <source>the feed gives local times but names no time zone (no &lt;time_zone_name&gt;{because})</source>
        <translation>le fil donne des heures locales mais ne nomme aucun fuseau horaire (pas de &lt;time_zone_name&gt;{because})</translation>
    </message>
    <message>
        <source>{why}; choose the event&apos;s time zone, e.g. {example}, and import again</source>
        <translation>{why}; choisissez le fuseau horaire de l’événement, p. ex. {example}, et importez de nouveau</translation>
    </message>
    <message>
        <source>{local:%Y-%m-%d} is outside the years {min_year}–{max_year}</source>
        <translation>{local:%Y-%m-%d} est hors des années {min_year}–{max_year}</translation>
    </message>
    <message>
        <source>{text!r} is outside the years {min_year}–{max_year}</source>
        <translation>{text!r} est hors des années {min_year}–{max_year}</translation>
    </message>
    <message>
        <source>{text!r} is not an ISO 8601 date and time (expected e.g. 2026-01-31T09:30:00+01:00)</source>
        <translation>{text!r} n’est pas une date et heure ISO 8601 (attendu p. ex. 2026-01-31T09:30:00+01:00)</translation>
    </message>
    <message>
        <source>{text!r} is not a date (expected e.g. 2021-02-06)</source>
        <translation>{text!r} n’est pas une date (attendu p. ex. 2021-02-06)</translation>
    </message>
    <message>
        <source>{text!r} is not a time of day (expected HH:MM)</source>
        <translation>{text!r} n’est pas une heure (attendu HH:MM)</translation>
    </message>
    <message>
        <source>{text!r} is not a duration (expected HH:MM, e.g. 00:45)</source>
        <translation>{text!r} n’est pas une durée (attendu HH:MM, p. ex. 00:45)</translation>
    </message>
    <message>
        <source>{text!r} is not a duration (expected HH:MM, HH:MM:SS or D:HH:MM; minutes and seconds run to 59)</source>
        <translation>{text!r} n’est pas une durée (attendu HH:MM, HH:MM:SS ou J:HH:MM; minutes et secondes vont jusqu’à 59)</translation>
    </message>
    <message>
        <source>{text!r} is longer than a year</source>
        <translation>{text!r} dure plus d’un an</translation>
    </message>
    <message>
        <source>the XML declares entities, which are refused: they can expand to gigabytes or read local files (entity {name!r})</source>
        <translation>le XML déclare des entités, qui sont refusées&#xa0;: elles peuvent s’étendre à des gigaoctets ou lire des fichiers locaux (entité {name!r})</translation>
    </message>
    <message>
        <source>the XML refers to an external resource, which is refused ({exc})</source>
        <translation>le XML renvoie à une ressource externe, ce qui est refusé ({exc})</translation>
    </message>
    <message>
        <source>{reason} (the file ends too early: was the download cut short?)</source>
        <translation>{reason} (le fichier se termine trop tôt&#xa0;: le téléchargement a-t-il été interrompu?)</translation>
    </message>
    <message>
        <source>not well-formed XML at line {line}, column {value}: {reason}</source>
        <translation>XML mal formé à la ligne {line}, colonne {value}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the XML cannot be decoded: {exc}</source>
        <translation>le XML ne peut pas être décodé&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>expected a frab schedule (root element &lt;schedule&gt;), got &lt;{tag}&gt;</source>
        <translation>attendu&#xa0;: un horaire frab (élément racine &lt;schedule&gt;); reçu&#xa0;: &lt;{tag}&gt;</translation>
    </message>
    <message>
        <source>{zones} and {count} more</source>
        <translation>{zones} et {count} autres</translation>
    </message>
    <message>
        <source>names places in several time zones ({zones})</source>
        <translation>désigne des lieux dans plusieurs fuseaux horaires ({zones})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not a city the gazetteer knows</source>
        <translation>n’est pas une ville que le répertoire géographique connaît</translation>
    </message>
    <message>
        <source>is not a city the gazetteer knows ({parts!r})</source>
        <translation>n’est pas une ville que le répertoire géographique connaît ({parts!r})</translation>
    </message>
    <message>
        <source>names a country or state the gazetteer does not know ({parts!r})</source>
        <translation>désigne un pays ou un État que le répertoire géographique ne connaît pas ({parts!r})</translation>
    </message>
    <message>
        <source>names no city {parts!r} in {parts2}</source>
        <translation>ne désigne aucune ville {parts!r} dans {parts2}</translation>
    </message>
    <message>
        <source>unknown default time zone {default_zone!r} (expected an IANA name)</source>
        <translation>fuseau horaire par défaut inconnu {default_zone!r} (attendu&#xa0;: un nom IANA)</translation>
    </message>
    <message>
        <source>the VEVENTs could not be matched with their lines</source>
        <translation>les VEVENT n’ont pas pu être associés à leurs lignes</translation>
    </message>
    <message>
        <source>a content line could not be read: {message}</source>
        <translation>une ligne de contenu n’a pas pu être lue&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{name} could not be read: {message}</source>
        <translation>{name} n’a pas pu être lu&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{path}: could not be read ({message}); the event is imported without its repetitions</source>
        <translation>{path}&#xa0;: illisible ({message}); l’événement est importé sans ses répétitions</translation>
    </message>
    <message>
        <source>{path}: ignored, could not be read</source>
        <translation>{path}&#xa0;: ignoré, illisible</translation>
    </message>
    <message>
        <source>the event has no DTSTART (start time)</source>
        <translation>l’événement n’a pas de DTSTART (heure de début)</translation>
    </message>
    <message>
        <source>DURATION is not a duration</source>
        <translation>DURATION n’est pas une durée</translation>
    </message>
    <message>
        <source>DURATION is negative ({duration})</source>
        <translation>DURATION est négatif ({duration})</translation>
    </message>
    <message>
        <source>the event ends ({end:%Y-%m-%d %H:%M} UTC) before it starts ({start:%Y-%m-%d %H:%M} UTC)</source>
        <translation>l’événement se termine ({end:%Y-%m-%d %H:%M} UTC) avant de commencer ({start:%Y-%m-%d %H:%M} UTC)</translation>
    </message>
    <message>
        <source>{n} event has no UID; its id is derived from its time, place and title</source>
        <translation>{n} événement n’a pas d’UID; son identifiant est tiré de son heure, de son lieu et de son titre</translation>
    </message>
    <message>
        <source>{n} events have no UID; their ids are derived from their time, place and title</source>
        <translation>{n} événements n’ont pas d’UID; leurs identifiants sont tirés de leur heure, de leur lieu et de leur titre</translation>
    </message>
    <message>
        <source>{path}: RANGE=THISANDFUTURE is applied to that one occurrence only</source>
        <translation>{path}&#xa0;: RANGE=THISANDFUTURE n’est appliqué qu’à cette seule occurrence</translation>
    </message>
    <message>
        <source>UID {key!r} is used by {count} events; imported as {key!r}, {others}</source>
        <translation>l’UID {key!r} est utilisé par {count} événements; importés sous {key!r}, {others}</translation>
    </message>
    <message>
        <source>{path}: no occurrence within the feed&apos;s dates ({window:%Y-%m-%d}–{window2:%Y-%m-%d}); not imported</source>
        <translation>{path}&#xa0;: aucune occurrence dans les dates du fil ({window:%Y-%m-%d}–{window2:%Y-%m-%d}); non importé</translation>
    </message>
    <message>
        <source>not an iCalendar feed: it must start with BEGIN:VCALENDAR</source>
        <translation>ce n’est pas un fil iCalendar&#xa0;: il doit commencer par BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>UID {uid!r}</source>
        <translation>UID {uid!r}</translation>
    </message>
    <message>
        <source>VEVENT #{ordinal} ({who})</source>
        <translation>VEVENT nº {ordinal} ({who})</translation>
    </message>
    <message>
        <source>{where}, line {line}</source>
        <translation>{where}, ligne {line}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>la ligne {line}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{raw:02x}); is this a calendar file?</source>
        <translation>ce n’est pas du texte UTF-8 (octet 0x{raw:02x}); est-ce bien un fichier de calendrier?</translation>
    </message>
    <message>
        <source>not an iCalendar content line (NAME:value): {text!r}; a folded line may have lost its leading space</source>
        <translation>ce n’est pas une ligne de contenu iCalendar (NOM:valeur)&#xa0;: {text!r}; une ligne repliée a peut-être perdu son espace initial</translation>
    </message>
    <message>
        <source>{name} takes no parameters: {text!r}</source>
        <translation>{name} ne prend aucun paramètre&#xa0;: {text!r}</translation>
    </message>
    <message>
        <source>{name} needs a component name, got {value!r}</source>
        <translation>{name} demande un nom de composant; reçu&#xa0;: {value!r}</translation>
    </message>
    <message>
        <source>the VEVENT that starts at line {line} has no END:VEVENT (BEGIN:{value} at line {number} came first)</source>
        <translation>le VEVENT qui commence à la ligne {line} n’a pas de END:VEVENT (BEGIN:{value} à la ligne {number} est venu avant)</translation>
    </message>
    <message>
        <source>BEGIN:VCALENDAR at line {number} inside a calendar</source>
        <translation>BEGIN:VCALENDAR à la ligne {number} à l’intérieur d’un calendrier</translation>
    </message>
    <message>
        <source>BEGIN:VEVENT at line {number} is inside {component} (opened at line {opened}), not directly in the calendar</source>
        <translation>BEGIN:VEVENT à la ligne {number} est dans {component} (ouvert à la ligne {opened}), pas directement dans le calendrier</translation>
    </message>
    <message>
        <source>components nested more than {max_depth} deep</source>
        <translation>composants imbriqués sur plus de {max_depth} niveaux</translation>
    </message>
    <message>
        <source>the VEVENT that starts at line {line} has no END:VEVENT (END:VCALENDAR at line {number} came first)</source>
        <translation>le VEVENT qui commence à la ligne {line} n’a pas de END:VEVENT (END:VCALENDAR à la ligne {number} est venu avant)</translation>
    </message>
    <message>
        <source>BEGIN:{top} at line {opened} has no END:{top}</source>
        <translation>BEGIN:{top} à la ligne {opened} n’a pas de END:{top}</translation>
    </message>
    <message>
        <source>END:{value} at line {number} does not close BEGIN:{top} (line {opened})</source>
        <translation>END:{value} à la ligne {number} ne ferme pas BEGIN:{top} (ligne {opened})</translation>
    </message>
    <message>
        <source>the feed ends at line {last} inside this VEVENT (no END:VEVENT): truncated?</source>
        <translation>le fil se termine à la ligne {last} dans ce VEVENT (pas de END:VEVENT)&#xa0;: tronqué?</translation>
    </message>
    <message>
        <source>the feed ends at line {last} without END:VCALENDAR: truncated?</source>
        <translation>le fil se termine à la ligne {last} sans END:VCALENDAR&#xa0;: tronqué?</translation>
    </message>
    <message>
        <source>the calendar could not be read: {exc}</source>
        <translation>le calendrier n’a pas pu être lu&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>expected exactly one VCALENDAR</source>
        <translation>attendu&#xa0;: exactement un VCALENDAR</translation>
    </message>
    <message>
        <source>BYMONTH and BYMONTHDAY name no day that exists</source>
        <translation>BYMONTH et BYMONTHDAY ne désignent aucun jour qui existe</translation>
    </message>
    <message>
        <source>BYWEEKNO is only allowed with FREQ=YEARLY</source>
        <translation>BYWEEKNO n’est permis qu’avec FREQ=YEARLY</translation>
    </message>
    <message>
        <source>BYYEARDAY is not allowed with FREQ={freq}</source>
        <translation>BYYEARDAY n’est pas permis avec FREQ={freq}</translation>
    </message>
    <message>
        <source>BYSETPOS with FREQ={freq} is not supported</source>
        <translation>BYSETPOS avec FREQ={freq} n’est pas pris en charge</translation>
    </message>
    <message>
        <source>{path}: repetitions stopped ({exc})</source>
        <translation>{path}&#xa0;: répétitions arrêtées ({exc})</translation>
    </message>
    <message>
        <source>{path}: repeats too often to expand; stopped after {value:,} repetitions ({found} imported)</source>
        <translation>{path}&#xa0;: se répète trop souvent pour être développé; arrêté après {value:,} répétitions ({found} importées)</translation>
    </message>
    <message>
        <source>{path}: repeats more than {max_occurrences} times within the feed&apos;s dates; only the first {max_occurrences} were imported</source>
        <translation>{path}&#xa0;: se répète plus de {max_occurrences} fois dans les dates du fil; seules les {max_occurrences} premières ont été importées</translation>
    </message>
    <message>
        <source>{path}: {problem}; the event is imported without these repetitions</source>
        <translation>{path}&#xa0;: {problem}; l’événement est importé sans ces répétitions</translation>
    </message>
    <message>
        <source>{path}: {exc}; the event is imported without these repetitions</source>
        <translation>{path}&#xa0;: {exc}; l’événement est importé sans ces répétitions</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE {name!r} is not a time zone this app knows; ignored</source>
        <translation>X-WR-TIMEZONE {name!r} n’est pas un fuseau horaire que cette application connaît; ignoré</translation>
    </message>
    <message>
        <source>the VTIMEZONE {tzid!r} could not be read: {exc}</source>
        <translation>le VTIMEZONE {tzid!r} n’a pas pu être lu&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>VTIMEZONE {tzid!r}</source>
        <translation>VTIMEZONE {tzid!r}</translation>
    </message>
    <message>
        <source>unknown time zone TZID={tzid!r}: not an IANA name, and the feed has no VTIMEZONE that defines it</source>
        <translation>fuseau horaire inconnu TZID={tzid!r}&#xa0;: ce n’est pas un nom IANA, et le fil n’a aucun VTIMEZONE qui le définit</translation>
    </message>
    <message>
        <source>TZID {tzid!r} was read as the IANA zone {mapped!r}</source>
        <translation>TZID {tzid!r} a été lu comme le fuseau IANA {mapped!r}</translation>
    </message>
    <message>
        <source>{name} is not a date or a date-time</source>
        <translation>{name} n’est ni une date ni une date et heure</translation>
    </message>
    <message>
        <source>{name} {value:%Y-%m-%d} is outside the years {min_year}–{max_year}</source>
        <translation>{name} {value:%Y-%m-%d} est hors des années {min_year}–{max_year}</translation>
    </message>
    <message>
        <source>{name} {value:%Y-%m-%d %H:%M} has no time zone (no TZID, no Z) and the calendar names none (X-WR-TIMEZONE)</source>
        <translation>{name} {value:%Y-%m-%d %H:%M} n’a pas de fuseau horaire (ni TZID, ni Z) et le calendrier n’en nomme aucun (X-WR-TIMEZONE)</translation>
    </message>
    <message>
        <source>{why}: give this feed a default time zone</source>
        <translation>{why}&#xa0;: donnez un fuseau horaire par défaut à ce fil</translation>
    </message>
    <message>
        <source>the VTIMEZONE {tzid!r} matches no IANA zone; its events are shown in {chosen!r}</source>
        <translation>le VTIMEZONE {tzid!r} ne correspond à aucun fuseau IANA; ses événements sont affichés en {chosen!r}</translation>
    </message>
    <message>
        <source>TZID {tzid!r} is defined by the feed&apos;s VTIMEZONE; shown as {chosen!r}, which has the same UTC offsets at every event</source>
        <translation>TZID {tzid!r} est défini par le VTIMEZONE du fil; affiché en {chosen!r}, qui a les mêmes décalages UTC à chaque événement</translation>
    </message>
    <message>
        <source>a number ({sample})</source>
        <translation>un nombre ({sample})</translation>
    </message>
    <message>
        <source>a string ({sample})</source>
        <translation>une chaîne ({sample})</translation>
    </message>
    <message>
        <source>invalid at {where}: the text holds a lone surrogate (a broken \uD800-\uDFFF escape), which is not a character</source>
        <translation>non valide à {where}&#xa0;: le texte contient un demi-codet isolé (un échappement \uD800-\uDFFF brisé), qui n’est pas un caractère</translation>
    </message>
    <message>
        <source>at {path}: {problem}</source>
        <translation>à {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>at {path} (the name): {problem}</source>
        <translation>à {path} (le nom)&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{where} {name}</source>
        <translation>{where} {name}</translation>
    </message>
    <message>
        <source>{kind} {id!r}</source>
        <translation>{kind} {id!r}</translation>
    </message>
    <message>
        <source>two {kind}s have the id {id!r} once invalid characters are removed</source>
        <translation>deux éléments ({kind}) ont l’identifiant {id!r} une fois les caractères non valides retirés</translation>
    </message>
    <message>
        <source>the series</source>
        <translation>la série</translation>
    </message>
    <message>
        <source>the feed&apos;s</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>--install-desktop-entry is for Linux desktops; on this system start the app from the folder you unpacked it to</source>
        <translation>--install-desktop-entry est pour les bureaux Linux; sur ce système, lancez l’application depuis le dossier où vous l’avez décompressée</translation>
    </message>
    <message>
        <source>update-desktop-database not found; the menu picks the entry up later</source>
        <translation>update-desktop-database introuvable; le menu prendra l’entrée en compte plus tard</translation>
    </message>
    <message>
        <source>xdg-mime not found; .ics files keep their current default app</source>
        <translation>xdg-mime introuvable; les fichiers .ics gardent leur application par défaut actuelle</translation>
    </message>
    <message>
        <source>{app_id} now opens .ics files</source>
        <translation>{app_id} ouvre maintenant les fichiers .ics</translation>
    </message>
    <message>
        <source>.ics files still open in {strip}; Briefing Companion is offered under &apos;Open with&apos; (make it the default with: xdg-mime default {desktop_file} {ics_mime_type})</source>
        <translation>les fichiers .ics s’ouvrent encore dans {strip}; Briefing Companion est proposé sous «&#xa0;Ouvrir avec&#xa0;» (pour en faire l’application par défaut&#xa0;: xdg-mime default {desktop_file} {ics_mime_type})</translation>
    </message>
    <message>
        <source> such as {example}</source>
        <translation> comme {example}</translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder; give a file name{such}</source>
        <translation>impossible d’écrire {target}&#xa0;: c’est un dossier; donnez un nom de fichier{such}</translation>
    </message>
    <message>
        <source>cannot write {target}: the folder {parent} does not exist</source>
        <translation>impossible d’écrire {target}&#xa0;: le dossier {parent} n’existe pas</translation>
    </message>
    <message>
        <source>cannot write {target}: {value}</source>
        <translation>impossible d’écrire {target}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a file</source>
        <translation>c’est un tube nommé (FIFO), pas un fichier</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>c’est un périphérique, pas un fichier</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>c’est un socket, pas un fichier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>it</source>
        <translation>il</translation>
    </message>
    <message>
        <source>{what} is too large (more than {size:,} bytes; the limit is {limit:,})</source>
        <translation>{what} est trop volumineux (plus de {size:,} octets; la limite est de {limit:,})</translation>
    </message>
    <message>
        <source>{what} is too large ({size:,} bytes; the limit is {limit:,})</source>
        <translation>{what} est trop volumineux ({size:,} octets; la limite est de {limit:,})</translation>
    </message>
    <message>
        <source>the data directory {path} is a file, not a folder</source>
        <translation>le dossier de données {path} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>cannot create the data directory {path}: {value}</source>
        <translation>impossible de créer le dossier de données {path}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>the window is open on this data folder (pid {pid}): quit it first ({data_dir})</source>
        <translation>la fenêtre est ouverte sur ce dossier de données (pid {pid})&#xa0;: quittez-la d’abord ({data_dir})</translation>
    </message>
    <message>
        <source>unknown attendance mark {mark!r}; use one of: {attendance_marks}</source>
        <translation>marque de présence inconnue {mark!r}; utilisez l’une de celles-ci&#xa0;: {attendance_marks}</translation>
    </message>
    <message>
        <source>the database {path} is busy: another program is writing to it and it stayed locked ({text}); try again in a moment</source>
        <translation>la base de données {path} est occupée&#xa0;: un autre programme y écrit et elle est restée verrouillée ({text}); réessayez dans un moment</translation>
    </message>
    <message>
        <source>cannot write to the database {path}: the file or its folder is read-only ({text}); check its permissions, or that the disk is not mounted read-only</source>
        <translation>impossible d’écrire dans la base de données {path}&#xa0;: le fichier ou son dossier est en lecture seule ({text}); vérifiez ses permissions, ou que le disque n’est pas monté en lecture seule</translation>
    </message>
    <message>
        <source>cannot create the database there: {path} ({text}); choose a folder on an ordinary disk that you may write to</source>
        <translation>impossible de créer la base de données à cet endroit&#xa0;: {path} ({text}); choisissez un dossier sur un disque ordinaire où vous pouvez écrire</translation>
    </message>
    <message>
        <source>cannot open the database {path} ({text}): check that its folder exists and that you may read and write it and the files beside it</source>
        <translation>impossible d’ouvrir la base de données {path} ({text})&#xa0;: vérifiez que son dossier existe et que vous pouvez la lire et l’écrire, ainsi que les fichiers à côté</translation>
    </message>
    <message>
        <source>cannot read or write the database {path}: the disk reported an error ({text}); the disk may be failing or was removed</source>
        <translation>impossible de lire ou d’écrire la base de données {path}&#xa0;: le disque a signalé une erreur ({text}); le disque est peut-être défaillant ou a été retiré</translation>
    </message>
    <message>
        <source>cannot use the database {path}: {text}</source>
        <translation>impossible d’utiliser la base de données {path}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>note on “{title}”: the file&apos;s was newer and is the note now; yours is in the note&apos;s history</source>
        <translation>note de «&#xa0;{title}&#xa0;»&#xa0;: celle du fichier était plus récente et est maintenant la note; la vôtre est dans l’historique de la note</translation>
    </message>
    <message>
        <source>note on “{title}”: yours was newer and stays; the file&apos;s is in the note&apos;s history</source>
        <translation>note de «&#xa0;{title}&#xa0;»&#xa0;: la vôtre était plus récente et reste; celle du fichier est dans l’historique de la note</translation>
    </message>
    <message>
        <source>the file&apos;s was newer; yours</source>
        <translation>celle du fichier était plus récente; la vôtre</translation>
    </message>
    <message>
        <source>yours was newer; the file&apos;s</source>
        <translation>la vôtre était plus récente; celle du fichier</translation>
    </message>
    <message>
        <source>question on “{title}”: {which} is kept as another question after it</source>
        <translation>question de «&#xa0;{title}&#xa0;»&#xa0;: {which} est conservée comme une autre question après elle</translation>
    </message>
    <message>
        <source>reminder on “{title}”: yours was newer and stays</source>
        <translation>rappel de «&#xa0;{title}&#xa0;»&#xa0;: le vôtre était plus récent et reste</translation>
    </message>
    <message>
        <source>reminder on “{title}”: the file&apos;s was newer</source>
        <translation>rappel de «&#xa0;{title}&#xa0;»&#xa0;: celui du fichier était plus récent</translation>
    </message>
    <message>
        <source>followups: “{short}” links {missing} session(s) not here yet</source>
        <translation>suivis&#xa0;: «&#xa0;{short}&#xa0;» renvoie à {missing} séance(s) pas encore ici</translation>
    </message>
    <message>
        <source>follow-up “{short}”: {which} gave way</source>
        <translation>suivi «&#xa0;{short}&#xa0;»&#xa0;: {which} a cédé la place</translation>
    </message>
    <message>
        <source>follow-up “{short}”: {which} is in the follow-up&apos;s history</source>
        <translation>suivi «&#xa0;{short}&#xa0;»&#xa0;: {which} est dans l’historique du suivi</translation>
    </message>
    <message>
        <source>attendance of “{title}”: the file&apos;s mark was newer</source>
        <translation>présence à «&#xa0;{title}&#xa0;»&#xa0;: la marque du fichier était plus récente</translation>
    </message>
    <message>
        <source>attendance of “{title}”: your mark was newer and stays</source>
        <translation>présence à «&#xa0;{title}&#xa0;»&#xa0;: votre marque était plus récente et reste</translation>
    </message>
    <message>
        <source>a newer query overtook this one</source>
        <translation>une requête plus récente a dépassé celle-ci</translation>
    </message>
    <message>
        <source>the database{where} was written by a newer version of Briefing Companion (schema {current}, this app knows up to {latest}); update the app. The file was left untouched.</source>
        <translation>la base de données{where} a été écrite par une version plus récente de Briefing Companion (schéma {current}, cette application connaît jusqu’au {latest}); mettez l’application à jour. Le fichier n’a pas été touché.</translation>
    </message>
    <message>
        <source>cannot open the database {path}: {value}</source>
        <translation>impossible d’ouvrir la base de données {path}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>cannot read the database {path}: {exc}</source>
        <translation>impossible de lire la base de données {path}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>raise the limit with `briefing-app settings materials-max-size {mib}` (MiB)</source>
        <translation>augmentez la limite avec «&#xa0;briefing-app settings materials-max-size {mib}&#xa0;» (Mio)</translation>
    </message>
    <message>
        <source>material</source>
        <translation>document</translation>
    </message>
    <message>
        <source>a {shown}: address is not downloaded; only http and https materials are</source>
        <translation>une adresse {shown}: n’est pas téléchargée; seuls les documents http et https le sont</translation>
    </message>
    <message>
        <source>the address has no host name</source>
        <translation>l’adresse n’a pas de nom d’hôte</translation>
    </message>
    <message>
        <source>the file&apos;s checksum does not match the feed&apos;s (SHA-256 {digest}…, expected {expected}…); it was not kept</source>
        <translation>la somme de contrôle du fichier ne correspond pas à celle du fil (SHA-256 {digest}…, attendu {expected}…); il n’a pas été gardé</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified to a request for the whole material</source>
        <translation>le serveur a répondu 304 Not Modified à une requête du document entier</translation>
    </message>
    <message>
        <source>the server could not resume the download</source>
        <translation>le serveur n’a pas pu reprendre le téléchargement</translation>
    </message>
    <message>
        <source>the server resumed at a different place</source>
        <translation>le serveur a repris à un autre endroit</translation>
    </message>
    <message>
        <source>cancelled; the part downloaded is kept to resume from</source>
        <translation>annulé; la partie téléchargée est gardée pour reprendre</translation>
    </message>
    <message>
        <source>the download was cut off after {done:,} of {total:,} bytes</source>
        <translation>le téléchargement a été interrompu après {done:,} octets sur {total:,}</translation>
    </message>
    <message>
        <source>the disk is full ({folder}); the partial file was removed, the materials kept before stay. Free some space and try again</source>
        <translation>le disque est plein ({folder}); le fichier partiel a été supprimé, les documents gardés avant restent. Libérez de l’espace et réessayez</translation>
    </message>
    <message>
        <source>cannot write the file: {error}; the partial file was removed</source>
        <translation>impossible d’écrire le fichier&#xa0;: {error}; le fichier partiel a été supprimé</translation>
    </message>
    <message>
        <source>unknown time zone {name!r} (an IANA name such as Europe/Paris)</source>
        <translation>fuseau horaire inconnu {name!r} (un nom IANA comme Europe/Paris)</translation>
    </message>
    <message>
        <source>give a date (2026-12-10) or a date and time (2026-12-10 14:00)</source>
        <translation>donnez une date (2026-12-10) ou une date et une heure (2026-12-10 14:00)</translation>
    </message>
    <message>
        <source>{cleaned!r} is not a due date: {hint}</source>
        <translation>{cleaned!r} n’est pas une échéance&#xa0;: {hint}</translation>
    </message>
    <message>
        <source>{kinds}; exported {when} by version {version}</source>
        <translation>{kinds}; exporté le {when} par la version {version}</translation>
    </message>
    <message>
        <source>my-data.briefing-mydata.json</source>
        <translation>mes-donnees.briefing-mydata.json</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (bad byte at offset {offset})</source>
        <translation>le fichier n’est pas du texte UTF-8 (octet invalide à la position {offset})</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>JSON non valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>this is not a &quot;my data&quot; file of Briefing Companion (expected &quot;format&quot;: &quot;{mydata_format}&quot;)</source>
        <translation>ce n’est pas un fichier «&#xa0;mes données&#xa0;» de Briefing Companion (attendu&#xa0;: &quot;format&quot;: &quot;{mydata_format}&quot;)</translation>
    </message>
    <message>
        <source>the file is version {version}, written by a newer Briefing Companion ({app_version}); this app ({version2}) reads version {mydata_version}: update the app to import it</source>
        <translation>le fichier est en version {version}, écrit par un Briefing Companion plus récent ({app_version}); cette application ({version2}) lit la version {mydata_version}&#xa0;: mettez l’application à jour pour l’importer</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>le fichier est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>the follow-up has blanks around it, which this app never writes (the file was edited?)</source>
        <translation>le suivi est entouré d’espaces, ce que cette application n’écrit jamais (le fichier a été modifié?)</translation>
    </message>
    <message>
        <source>the {what} has blanks around it or Windows line ends, which this app never writes (the file was edited?)</source>
        <translation>le champ «&#xa0;{what}&#xa0;» est entouré d’espaces ou a des fins de ligne Windows, ce que cette application n’écrit jamais (le fichier a été modifié?)</translation>
    </message>
    <message>
        <source>{n} favourite</source>
        <translation>{n} favori</translation>
    </message>
    <message>
        <source>{n} favourites</source>
        <translation>{n} favoris</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} note</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>{n} question</source>
        <translation>{n} question</translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation>{n} questions</translation>
    </message>
    <message>
        <source>{n} reminder</source>
        <translation>{n} rappel</translation>
    </message>
    <message>
        <source>{n} reminders</source>
        <translation>{n} rappels</translation>
    </message>
    <message>
        <source>{n} follow-up</source>
        <translation>{n} suivi</translation>
    </message>
    <message>
        <source>{n} follow-ups</source>
        <translation>{n} suivis</translation>
    </message>
    <message>
        <source>{n} attendance record</source>
        <translation>{n} présence</translation>
    </message>
    <message>
        <source>{n} attendance records</source>
        <translation>{n} présences</translation>
    </message>
    <message>
        <source>{n} item</source>
        <translation>{n} élément</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} éléments</translation>
    </message>
    <message>
        <source>favourites</source>
        <translation>favoris</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>rappels</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>suivis</translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation>présences</translation>
    </message>
    <message>
        <source>follow-up links</source>
        <translation>liens de suivis</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>ajouts&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>inchangés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} conflict</source>
        <translation>conflit&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>conflits&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} orphaned</source>
        <translation>orphelins&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{kind}: {parts}</source>
        <translation>{kind}&#xa0;: {parts}</translation>
    </message>
    <message>
        <source>conflict: {text}</source>
        <translation>conflit&#xa0;: {text}</translation>
    </message>
    <message>
        <source>orphaned (kept until a sync brings its session): {text}</source>
        <translation>orphelin (gardé jusqu’à ce qu’une synchronisation apporte sa séance)&#xa0;: {text}</translation>
    </message>
    <message>
        <source>attached {items} kept from an earlier import</source>
        <translation>{items} gardés d’une importation précédente rattachés</translation>
    </message>
    <message>
        <source>nothing changed: everything in the file was here already</source>
        <translation>rien n’a changé&#xa0;: tout le contenu du fichier était déjà ici</translation>
    </message>
    <message>
        <source>the range ends ({last}) before it starts ({first})</source>
        <translation>la période se termine ({last}) avant de commencer ({first})</translation>
    </message>
    <message>
        <source>unknown time zone {zone_name!r} (an IANA name such as Europe/Berlin)</source>
        <translation>fuseau horaire inconnu {zone_name!r} (un nom IANA comme Europe/Berlin)</translation>
    </message>
    <message>
        <source>your agenda is empty: star the sessions you will attend (★, or briefing-app favourite ID), then make the pack</source>
        <translation>votre agenda est vide&#xa0;: mettez en favori les séances auxquelles vous assisterez (★, ou «&#xa0;briefing-app favourite NUMÉRO&#xa0;»), puis faites la trousse</translation>
    </message>
    <message>
        <source>no session starts between {first_day} and {last_day} ({reader_zone})</source>
        <translation>aucune séance ne commence entre le {first_day} et le {last_day} ({reader_zone})</translation>
    </message>
    <message>
        <source>{count} sessions are too many for one pack (at most {max_pack_sessions}): choose fewer days</source>
        <translation>{count} séances, c’est trop pour une trousse (au plus {max_pack_sessions})&#xa0;: choisissez moins de jours</translation>
    </message>
    <message>
        <source>the briefing pack was cancelled</source>
        <translation>la trousse d’information a été annulée</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Trousse d’information</translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder; give a file name such as pack.pdf</source>
        <translation>impossible d’écrire {target}&#xa0;: c’est un dossier; donnez un nom de fichier comme pack.pdf</translation>
    </message>
    <message>
        <source>{what}: {text!r} is not a date (YYYY-MM-DD)</source>
        <translation>{what}&#xa0;: {text!r} n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>not a web address, not fetched: {url!r}</source>
        <translation>ce n’est pas une adresse Web, non récupérée&#xa0;: {url!r}</translation>
    </message>
    <message>
        <source>{url}: {reason}</source>
        <translation>{url}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{url}: the server sent something that is not an image</source>
        <translation>{url}&#xa0;: le serveur a envoyé autre chose qu’une image</translation>
    </message>
    <message>
        <source>{url}: the {kind} image cannot be read</source>
        <translation>{url}&#xa0;: l’image {kind} ne peut pas être lue</translation>
    </message>
    <message>
        <source>not an image (the server says {content_type})</source>
        <translation>ce n’est pas une image (le serveur indique {content_type})</translation>
    </message>
    <message>
        <source>cannot save the photo in {cache_dir}: {value}</source>
        <translation>impossible d’enregistrer la photo dans {cache_dir}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>no materials to download</source>
        <translation>aucun document à télécharger</translation>
    </message>
    <message>
        <source>{n} file, total size unknown</source>
        <translation>{n} fichier, taille totale inconnue</translation>
    </message>
    <message>
        <source>{n} files, total size unknown</source>
        <translation>{n} fichiers, taille totale inconnue</translation>
    </message>
    <message>
        <source>{n} file, {size} + {unknown} of unknown size</source>
        <translation>{n} fichier, {size} + {unknown} de taille inconnue</translation>
    </message>
    <message>
        <source>{n} files, {size} + {unknown} of unknown size</source>
        <translation>{n} fichiers, {size} + {unknown} de taille inconnue</translation>
    </message>
    <message>
        <source>{n} file, {size}</source>
        <translation>{n} fichier, {size}</translation>
    </message>
    <message>
        <source>{n} files, {size}</source>
        <translation>{n} fichiers, {size}</translation>
    </message>
    <message>
        <source>cancelled; nothing was downloaded</source>
        <translation>annulé; rien n’a été téléchargé</translation>
    </message>
    <message>
        <source>{n} downloaded ({size})</source>
        <translation>téléchargés&#xa0;: {n} ({size})</translation>
    </message>
    <message>
        <source>{n} up to date</source>
        <translation>à jour&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>en échec&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} not downloaded (cancelled)</source>
        <translation>non téléchargés&#xa0;: {n} (annulé)</translation>
    </message>
    <message>
        <source>nothing to download</source>
        <translation>rien à télécharger</translation>
    </message>
    <message>
        <source>to allow it, raise the limit: briefing-app settings max-feed-size {mib}</source>
        <translation>pour l’accepter, augmentez la limite&#xa0;: briefing-app settings max-feed-size {mib}</translation>
    </message>
    <message>
        <source>{key}: expected a whole number of minutes from 0 to {high}</source>
        <translation>{key}&#xa0;: un nombre entier de minutes de 0 à {high} est attendu</translation>
    </message>
    <message>
        <source>{key}: expected one of {choices}, not {value!r}</source>
        <translation>{key}&#xa0;: l’une des valeurs {choices} est attendue, et non {value!r}</translation>
    </message>
    <message>
        <source>{key}: expected a whole number of {unit} from {low} to {high}</source>
        <translation>{key}&#xa0;: un nombre entier de {unit} de {low} à {high} est attendu</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (annulée)</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Quand&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Your time: {when}</source>
        <translation>À votre heure&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Series: {title}</source>
        <translation>Série&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Lieu&#xa0;: {place}</translation>
    </message>
    <message>
        <source>Join: {link}</source>
        <translation>Rejoindre&#xa0;: {link}</translation>
    </message>
    <message>
        <source>{day} {start}–{end} {zone}</source>
        <translation>{day}, {start} – {end} {zone}</translation>
    </message>
    <message>
        <source>{day} {start} {start_zone}–{end} {end_zone}</source>
        <translation>{day}, {start} {start_zone} – {end} {end_zone}</translation>
    </message>
    <message>
        <source>select a session to share</source>
        <translation>sélectionnez une séance à partager</translation>
    </message>
    <message>
        <source>a lone surrogate replaced with U+FFFD</source>
        <translation>un demi-codet isolé remplacé par U+FFFD</translation>
    </message>
    <message>
        <source>{n} lone surrogates replaced with U+FFFD</source>
        <translation>{n} demi-codets isolés remplacés par U+FFFD</translation>
    </message>
    <message>
        <source>{n} control character removed ({named})</source>
        <translation>{n} caractère de contrôle retiré ({named})</translation>
    </message>
    <message>
        <source>{n} control characters removed ({named})</source>
        <translation>{n} caractères de contrôle retirés ({named})</translation>
    </message>
    <message>
        <source>{n} bidi control removed (they reorder the text around them)</source>
        <translation>{n} contrôle bidirectionnel retiré (ils réordonnent le texte autour d’eux)</translation>
    </message>
    <message>
        <source>{n} bidi controls removed (they reorder the text around them)</source>
        <translation>{n} contrôles bidirectionnels retirés (ils réordonnent le texte autour d’eux)</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}</source>
        <translation>fuseau horaire inconnu {name!r}</translation>
    </message>
    <message>
        <source>{text!r} is not an ISO 8601 date and time</source>
        <translation>{text!r} n’est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>{text!r} has no UTC offset (expected e.g. 2020-04-15T10:00:00-04:00)</source>
        <translation>{text!r} n’a pas de décalage UTC (attendu p. ex. 2020-04-15T10:00:00-04:00)</translation>
    </message>
    <message>
        <source>refusing to store a naive datetime</source>
        <translation>refus d’enregistrer une date et heure sans fuseau</translation>
    </message>
    <message>
        <source>no case study number {case_id}</source>
        <translation>aucune étude de cas numéro {case_id}</translation>
    </message>
    <message>
        <source>no case study {ref!r} (give its number or its UUID)</source>
        <translation>aucune étude de cas {ref!r} (donnez son numéro ou son UUID)</translation>
    </message>
    <message>
        <source>no material {material_id}</source>
        <translation>aucun document {material_id}</translation>
    </message>
    <message>
        <source>the bundle is damaged: {exc}</source>
        <translation>le paquet est endommagé&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>case study #{target} ({title!r}) was changed here at {updated_at}, after the bundle&apos;s version ({value}); nothing was imported. Import again choosing to overwrite it (your notes stay in their history) or to keep both</source>
        <translation>l’étude de cas no {target} ({title!r}) a été modifiée ici le {updated_at}, après la version du paquet ({value}); rien n’a été importé. Importez de nouveau en choisissant de la remplacer (vos notes restent dans leur historique) ou de garder les deux</translation>
    </message>
    <message>
        <source>checksum mismatch: {filename} does not hold the file its name promises (damaged or altered in transit)</source>
        <translation>somme de contrôle discordante&#xa0;: {filename} ne contient pas le fichier que son nom promet (endommagé ou modifié en route)</translation>
    </message>
    <message>
        <source>the bundle contradicts this store ({exc}); nothing was imported</source>
        <translation>le paquet contredit cette base de données ({exc}); rien n’a été importé</translation>
    </message>
    <message>
        <source>the member {name!r} unpacks to more than it declares</source>
        <translation>le membre {name!r} se décompresse en plus que ce qu’il déclare</translation>
    </message>
    <message>
        <source>cannot write there: {value}</source>
        <translation>impossible d’écrire à cet endroit&#xa0;: {value}</translation>
    </message>
    <message>
        <source>the stored file of {name!r} ({path}) is damaged: its checksum no longer matches; detach it and attach the file again</source>
        <translation>le fichier enregistré de {name!r} ({path}) est endommagé&#xa0;: sa somme de contrôle ne correspond plus; détachez-le et joignez de nouveau le fichier</translation>
    </message>
    <message>
        <source>cannot write: {value}</source>
        <translation>impossible d’écrire&#xa0;: {value}</translation>
    </message>
    <message>
        <source>uses backslashes (a path trick on Windows)</source>
        <translation>utilise des barres obliques inverses (une ruse de chemin sous Windows)</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>est un chemin absolu</translation>
    </message>
    <message>
        <source>climbs out of its folder with &apos;..&apos;</source>
        <translation>sort de son dossier avec «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>has control characters in its name</source>
        <translation>a des caractères de contrôle dans son nom</translation>
    </message>
    <message>
        <source>the member {name!r} {problem}; refusing the bundle</source>
        <translation>le membre {name!r} {problem}; paquet refusé</translation>
    </message>
    <message>
        <source>the member {name!r} is a symbolic link; refusing the bundle</source>
        <translation>le membre {name!r} est un lien symbolique; paquet refusé</translation>
    </message>
    <message>
        <source>the member {name!r} appears twice</source>
        <translation>le membre {name!r} figure deux fois</translation>
    </message>
    <message>
        <source>unexpected folder {name!r} in the bundle</source>
        <translation>dossier inattendu {name!r} dans le paquet</translation>
    </message>
    <message>
        <source>the member {name!r} is encrypted</source>
        <translation>le membre {name!r} est chiffré</translation>
    </message>
    <message>
        <source>it unpacks to more than {human_size} (a zip bomb?)</source>
        <translation>il se décompresse en plus de {human_size} (une bombe zip?)</translation>
    </message>
    <message>
        <source>the member {name!r} expands {value} times ({human_size} to {human_size2}): a zip bomb; refusing the bundle</source>
        <translation>le membre {name!r} grossit {value} fois ({human_size} à {human_size2})&#xa0;: une bombe zip; paquet refusé</translation>
    </message>
    <message>
        <source>its manifest is {file_size:,} bytes, over the {max_manifest_bytes:,} bytes ({human_size}) a manifest may be</source>
        <translation>son manifeste fait {file_size:,} octets, plus que les {max_manifest_bytes:,} octets ({human_size}) permis pour un manifeste</translation>
    </message>
    <message>
        <source>unexpected member {name!r} (a bundle holds {manifest_name} and {materials_folder}&lt;sha256&gt; files only)</source>
        <translation>membre inattendu {name!r} (un paquet ne contient que {manifest_name} et des fichiers {materials_folder}&lt;sha256&gt;)</translation>
    </message>
    <message>
        <source>the material {name!r} is {human_size}; one material can be at most {human_size2}</source>
        <translation>le document {name!r} fait {human_size}; un document peut faire au plus {human_size2}</translation>
    </message>
    <message>
        <source>no {manifest_name}: this is not a case-study bundle (or it is damaged)</source>
        <translation>aucun {manifest_name}&#xa0;: ce n’est pas un paquet d’étude de cas (ou il est endommagé)</translation>
    </message>
    <message>
        <source>{manifest_name} is not UTF-8 text (bad byte at offset {start})</source>
        <translation>{manifest_name} n’est pas du texte UTF-8 (octet invalide à la position {start})</translation>
    </message>
    <message>
        <source>{manifest_name} is empty</source>
        <translation>{manifest_name} est vide</translation>
    </message>
    <message>
        <source>{manifest_name} is {reason}</source>
        <translation>{manifest_name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{manifest_name} is not valid JSON: {reason}</source>
        <translation>{manifest_name} n’est pas du JSON valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{manifest_name} is not a case-study bundle manifest (expected &quot;format&quot;: &quot;{bundle_format}&quot;)</source>
        <translation>{manifest_name} n’est pas le manifeste d’un paquet d’étude de cas (attendu&#xa0;: &quot;format&quot;: &quot;{bundle_format}&quot;)</translation>
    </message>
    <message>
        <source>the bundle has schema version {version}, written by a newer version of the app (this one reads version {bundle_schema_version}); update the app</source>
        <translation>le paquet a la version de schéma {version}, écrite par une version plus récente de l’application (celle-ci lit la version {bundle_schema_version}); mettez l’application à jour</translation>
    </message>
    <message>
        <source>{manifest_name} has schema version {dumps}; this app reads version {bundle_schema_version}</source>
        <translation>{manifest_name} a la version de schéma {dumps}; cette application lit la version {bundle_schema_version}</translation>
    </message>
    <message>
        <source>{manifest_name} is invalid at {where}: {problem}</source>
        <translation>{manifest_name} n’est pas valide à {where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the top</source>
        <translation>la racine</translation>
    </message>
    <message>
        <source>{manifest_name} is nested too deeply</source>
        <translation>{manifest_name} est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>{manifest_name} lists a {kind} id twice</source>
        <translation>{manifest_name} liste deux fois un identifiant ({kind})</translation>
    </message>
    <message>
        <source>the link {name!r} ({url!r}) is not one the app opens: {link_refusal}</source>
        <translation>le lien {name!r} ({url!r}) n’est pas un lien que l’application ouvre&#xa0;: {link_refusal}</translation>
    </message>
    <message>
        <source>{manifest_name} names the file {name!r} ({materials_folder}{sha256}), which is not in the bundle</source>
        <translation>{manifest_name} nomme le fichier {name!r} ({materials_folder}{sha256}), qui n’est pas dans le paquet</translation>
    </message>
    <message>
        <source>the file {name!r} is {file_size} bytes in the bundle but {size} in {manifest_name}</source>
        <translation>le fichier {name!r} fait {file_size} octets dans le paquet, mais {size} dans {manifest_name}</translation>
    </message>
    <message>
        <source>the bundle holds {count} file(s) its manifest does not name ({materials_folder}{extra})</source>
        <translation>le paquet contient {count} fichier(s) que son manifeste ne nomme pas ({materials_folder}{extra})</translation>
    </message>
    <message>
        <source>the bundle is damaged: {value}</source>
        <translation>le paquet est endommagé&#xa0;: {value}</translation>
    </message>
    <message>
        <source>no zip directory at its end</source>
        <translation>aucun répertoire zip à sa fin</translation>
    </message>
    <message>
        <source>a file in it fails its checksum</source>
        <translation>la somme de contrôle d’un de ses fichiers est fausse</translation>
    </message>
    <message>
        <source>it ends too soon</source>
        <translation>il se termine trop tôt</translation>
    </message>
    <message>
        <source>it uses a zip feature this app does not read</source>
        <translation>il utilise une fonction zip que l’application ne lit pas</translation>
    </message>
    <message>
        <source>a name in it is not valid UTF-8</source>
        <translation>un nom qu’il contient n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>compressed data in it is damaged</source>
        <translation>des données compressées qu’il contient sont endommagées</translation>
    </message>
    <message>
        <source>its zip structure is damaged</source>
        <translation>sa structure zip est endommagée</translation>
    </message>
    <message>
        <source>no file {path}</source>
        <translation>aucun fichier {path}</translation>
    </message>
    <message>
        <source>not a zip file, or a damaged one ({exc})</source>
        <translation>ce n’est pas un fichier zip, ou il est endommagé ({exc})</translation>
    </message>
    <message>
        <source>cannot read it: {value}</source>
        <translation>impossible de le lire&#xa0;: {value}</translation>
    </message>
    <message>
        <source>a case study needs a title</source>
        <translation>une étude de cas doit avoir un titre</translation>
    </message>
    <message>
        <source>cannot edit {unknown} of a case study</source>
        <translation>impossible de modifier {unknown} d’une étude de cas</translation>
    </message>
    <message>
        <source>case study {case_id} is your own; it has no feed version</source>
        <translation>l’étude de cas {case_id} est la vôtre; elle n’a pas de version dans un fil</translation>
    </message>
    <message>
        <source>no field {unknown} on a case study</source>
        <translation>aucun champ {unknown} dans une étude de cas</translation>
    </message>
    <message>
        <source>case study {case_id} ({title!r}) comes from the feed {feed_url}; it cannot be deleted here (your edits can be reverted)</source>
        <translation>l’étude de cas {case_id} ({title!r}) vient du fil {feed_url}; elle ne peut pas être supprimée ici (vos modifications peuvent être annulées)</translation>
    </message>
    <message>
        <source>no presenter with id {presenter_id}</source>
        <translation>aucun présentateur avec l’identifiant {presenter_id}</translation>
    </message>
    <message>
        <source>material {material_id} is a link: {url}</source>
        <translation>le document {material_id} est un lien&#xa0;: {url}</translation>
    </message>
    <message>
        <source>{strip!r} is not a web link (http:// or https:// with a host) or a mail link (mailto:)</source>
        <translation>{strip!r} n’est ni un lien Web (http:// ou https:// avec un hôte) ni un lien de courriel (mailto:)</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>annulé; rien n’a été modifié</translation>
    </message>
    <message>
        <source>more than {human_size}</source>
        <translation>plus de {human_size}</translation>
    </message>
    <message>
        <source>the material {label}is missing from {root} (expected {path}); it was deleted or moved outside the app: detach it and attach the file again</source>
        <translation>le document {label}est absent de {root} (attendu&#xa0;: {path}); il a été supprimé ou déplacé hors de l’application&#xa0;: détachez-le et joignez de nouveau le fichier</translation>
    </message>
    <message>
        <source>{name} is {human_size}; one material can be at most {human_size2}. Share a link to it instead.</source>
        <translation>{name} fait {human_size}; un document peut faire au plus {human_size2}. Partagez plutôt un lien vers celui-ci.</translation>
    </message>
    <message>
        <source>no file {source}</source>
        <translation>aucun fichier {source}</translation>
    </message>
    <message>
        <source>{source}: {reason}</source>
        <translation>{source}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot copy {source}: {value}</source>
        <translation>impossible de copier {source}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>{label} is over {human_size}, the most one material can be</source>
        <translation>{label} dépasse {human_size}, le maximum pour un document</translation>
    </message>
    <message>
        <source>no note revision {revision_id}</source>
        <translation>aucune révision de note {revision_id}</translation>
    </message>
    <message>
        <source>revisions {old_id} and {new_id} belong to different case studies ({case_study_id} and {case_study_id2})</source>
        <translation>les révisions {old_id} et {new_id} appartiennent à des études de cas différentes ({case_study_id} et {case_study_id2})</translation>
    </message>
    <message>
        <source>imported as a new case study</source>
        <translation>importée comme nouvelle étude de cas</translation>
    </message>
    <message>
        <source>updated from the bundle</source>
        <translation>mise à jour depuis le paquet</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>déjà à jour</translation>
    </message>
    <message>
        <source>replaced by the bundle&apos;s version</source>
        <translation>remplacée par la version du paquet</translation>
    </message>
    <message>
        <source>imported beside your copy</source>
        <translation>importée à côté de votre copie</translation>
    </message>
    <message>
        <source>{n} note revision</source>
        <translation>{n} révision de note</translation>
    </message>
    <message>
        <source>{n} note revisions</source>
        <translation>{n} révisions de note</translation>
    </message>
    <message>
        <source>{n} material</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} materials</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>{title!r} (#{id}): {words}</source>
        <translation>{title!r} (no {id})&#xa0;: {words}</translation>
    </message>
    <message>
        <source>{text} with {extra}</source>
        <translation>{text} avec {extra}</translation>
    </message>
    <message>
        <source>{text}; {n} linked session or presenter is not in this store</source>
        <translation>{text}; {n} séance ou présentateur lié n’est pas dans cette base de données</translation>
    </message>
    <message>
        <source>{text}; {n} linked sessions or presenters are not in this store</source>
        <translation>{text}; {n} séances ou présentateurs liés ne sont pas dans cette base de données</translation>
    </message>
    <message>
        <source>only web (http, https) or mail (mailto) links open</source>
        <translation>seuls les liens Web (http, https) ou de courriel (mailto) s’ouvrent</translation>
    </message>
    <message>
        <source>only web (http, https) links open</source>
        <translation>seuls les liens Web (http, https) s’ouvrent</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>nom de propriété attendu, entre guillemets doubles</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>séparateur «&#xa0;:&#xa0;» attendu</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>séparateur «&#xa0;,&#xa0;» attendu</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>chaîne non terminée, qui commence à cet endroit</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>caractère de contrôle non valide à cet endroit</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>séquence d’échappement \ non valide</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>séquence d’échappement \uXXXX non valide</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>données en trop après la fin du document</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>virgule en trop avant la fin de l’objet</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>virgule en trop avant la fin du tableau</translation>
    </message>
    <message>
        <source>Expecting &apos;{{&apos; (a JSON object) at the top level</source>
        <translation>«&#xa0;{{&#xa0;» attendu (un objet JSON) au premier niveau</translation>
    </message>
    <message>
        <source>Expecting &apos;[&apos; (an array)</source>
        <translation>«&#xa0;[&#xa0;» attendu (un tableau)</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erreur de syntaxe</translation>
    </message>
    <message>
        <source>no element found</source>
        <translation>aucun élément trouvé</translation>
    </message>
    <message>
        <source>not well-formed (invalid token)</source>
        <translation>mal formé (symbole non valide)</translation>
    </message>
    <message>
        <source>unclosed token</source>
        <translation>symbole non fermé</translation>
    </message>
    <message>
        <source>partial character</source>
        <translation>caractère incomplet</translation>
    </message>
    <message>
        <source>mismatched tag</source>
        <translation>balise de fermeture qui ne correspond pas</translation>
    </message>
    <message>
        <source>duplicate attribute</source>
        <translation>attribut en double</translation>
    </message>
    <message>
        <source>junk after document element</source>
        <translation>contenu en trop après l’élément racine</translation>
    </message>
    <message>
        <source>undefined entity</source>
        <translation>entité non définie</translation>
    </message>
    <message>
        <source>reference to invalid character number</source>
        <translation>référence à un numéro de caractère non valide</translation>
    </message>
    <message>
        <source>XML or text declaration not at start of entity</source>
        <translation>déclaration XML ou de texte ailleurs qu’au début</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>encodage inconnu</translation>
    </message>
    <message>
        <source>encoding specified in XML declaration is incorrect</source>
        <translation>l’encodage indiqué dans la déclaration XML est incorrect</translation>
    </message>
    <message>
        <source>unclosed CDATA section</source>
        <translation>section CDATA non fermée</translation>
    </message>
    <message>
        <source>unbound prefix</source>
        <translation>préfixe d’espace de noms non déclaré</translation>
    </message>
    <message>
        <source>XML declaration not well-formed</source>
        <translation>déclaration XML mal formée</translation>
    </message>
    <message>
        <source>illegal character(s) in public id</source>
        <translation>caractère(s) interdit(s) dans l’identifiant public</translation>
    </message>
    <message>
        <source>{value!r} is not a date, a date and time, or a time</source>
        <translation>{value!r} n’est ni une date, ni une date et heure, ni une heure</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time (such as 20260511T130000Z)</source>
        <translation>{value!r} n’est pas une date et heure (par exemple 20260511T130000Z)</translation>
    </message>
    <message>
        <source>{value!r} is not a date (such as 20260511)</source>
        <translation>{value!r} n’est pas une date (par exemple 20260511)</translation>
    </message>
    <message>
        <source>{value!r} is not a time (such as 130000)</source>
        <translation>{value!r} n’est pas une heure (par exemple 130000)</translation>
    </message>
    <message>
        <source>{value!r} is not a duration (such as PT1H30M)</source>
        <translation>{value!r} n’est pas une durée (par exemple PT1H30M)</translation>
    </message>
    <message>
        <source>{value!r} is not a period (a start and an end or a duration)</source>
        <translation>{value!r} n’est pas une période (un début et une fin, ou une durée)</translation>
    </message>
    <message>
        <source>{value!r} is not a UTC offset (such as -0500)</source>
        <translation>{value!r} n’est pas un décalage UTC (par exemple -0500)</translation>
    </message>
    <message>
        <source>the UTC offset {value} is 24 hours or more</source>
        <translation>le décalage UTC {value} est de 24 heures ou plus</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>talk</source>
        <translation>présentation</translation>
    </message>
    <message>
        <source>lecture</source>
        <translation>conférence</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>présentation</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>tutorial</source>
        <translation>tutoriel</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>table ronde</translation>
    </message>
    <message>
        <source>panel discussion</source>
        <translation>table ronde</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>discussion</translation>
    </message>
    <message>
        <source>podium</source>
        <translation>débat</translation>
    </message>
    <message>
        <source>round table</source>
        <translation>table ronde</translation>
    </message>
    <message>
        <source>roundtable</source>
        <translation>table ronde</translation>
    </message>
    <message>
        <source>keynote</source>
        <translation>conférence d’honneur</translation>
    </message>
    <message>
        <source>plenary</source>
        <translation>plénière</translation>
    </message>
    <message>
        <source>lightning talk</source>
        <translation>présentation éclair</translation>
    </message>
    <message>
        <source>lightning talks</source>
        <translation>présentations éclair</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>meetup</source>
        <translation>rencontre</translation>
    </message>
    <message>
        <source>BoF</source>
        <translation>rencontre informelle (BoF)</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>groupe de travail</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>séance d’information</translation>
    </message>
    <message>
        <source>planning session</source>
        <translation>séance de planification</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>webinaire</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démonstration</translation>
    </message>
    <message>
        <source>poster</source>
        <translation>affiche</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>période de questions</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>social</source>
        <translation>activité sociale</translation>
    </message>
    <message>
        <source>film</source>
        <translation>film</translation>
    </message>
    <message>
        <source>movie</source>
        <translation>film</translation>
    </message>
    <message>
        <source>concert</source>
        <translation>concert</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>spectacle</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Briefing Companion: my agenda</source>
        <translation>Briefing Companion&#xa0;: mon agenda</translation>
    </message>
    <message>
        <source>{name} (presenter)</source>
        <translation>Présentation&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{name} (moderator)</source>
        <translation>Modération&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{name} (panelist)</source>
        <translation>Panéliste&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{name} (host)</source>
        <translation>Animation&#xa0;: {name}</translation>
    </message>
</context>
</TS>
