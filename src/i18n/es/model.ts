import type {BioFieldId} from '../../core/model/fields.js';
import type {Catalog} from '../catalog.js';

// Spanish for the engine's own words (field names, audiences, choices, reasons, and its global messages).
// Audience names follow Facebook's Spanish UI (Público, Amigos de amigos, Amigos, Solo yo).

export const fields: Omit<Catalog['fields'], BioFieldId> = {
	birthdayDayMonth: 'Cumpleaños (día y mes)',
	birthdayYear: 'Año de nacimiento',
	currentCity: 'Ciudad actual',
	hometown: 'Ciudad de origen',
	address: 'Dirección de casa',
	phone: 'Número de teléfono',
	email: 'Correo electrónico',
	phoneOnAccount: 'Número de teléfono en tu cuenta',
	emailOnAccount: 'Correo electrónico en tu cuenta',
	futurePostsAudience: 'Quién puede ver tus publicaciones futuras',
	friendsListAudience: 'Quién puede ver tu lista de amigos',
	lookupByEmailAudience: 'Quién puede buscarte por tu correo electrónico',
	lookupByPhoneAudience: 'Quién puede buscarte por tu número de teléfono',
	friendRequestsAudience: 'Quién puede enviarte solicitudes de amistad',
	searchEngineLinking: 'Los buscadores externos enlazan a tu perfil',
	taggedPostsAudience: 'Quién puede ver las publicaciones en las que te etiquetan',
	reviewTaggedPosts: 'Revisar las publicaciones en las que te etiquetan',
	reviewTagsOnOwnPosts: 'Revisar las etiquetas que otros agregan a tus publicaciones',
	activeAppCount: 'Apps y sitios web activos',
	postsProtected: 'Posts protegidos (solo seguidores)',
	photoTagging: 'Quién puede etiquetarte en fotos',
	geotagPosts: 'Ubicación agregada a tus posts',
	findableByEmail: 'Quien tenga tu correo electrónico puede encontrarte',
	findableByPhone: 'Quien tenga tu número de teléfono puede encontrarte',
	messageRequestsFrom: 'Quién puede enviarte solicitudes de mensajes',
	businessPartnerSharing: 'Intercambio adicional de datos con socios comerciales',
	personalizedAds: 'Anuncios personalizados',
	aiTrainingAllowed: 'Tus datos se usan para entrenar los modelos de IA del sitio',
	inferredIdentity: 'X personaliza según tu identidad inferida',
	birthdateOnProfile: 'Una línea de fecha de nacimiento ("Nació el …") en tu perfil',
	connectionsVisible: 'Tus contactos pueden ver tu lista de contactos',
	adsBeyondLinkedIn: 'Tus datos de LinkedIn se usan para anuncios en otros sitios',
	adsInferredLocation: 'Tu ubicación inferida para anuncios',
	adsByAge: 'Tu edad usada para dirigir anuncios',
	adsByGender: 'Tu género usado para dirigir anuncios',
	adsByInterests: 'Intereses deducidos de tu actividad usados para anuncios',
	adsFromBusinessInteractions: 'Lo que las empresas saben de ti usado para anuncios',
	adsConversionTracking: 'Lo que haces en sitios de anunciantes vinculado a sus anuncios',
	researchDataSharing: 'Tus datos compartidos con investigadores externos',
	locationRecommendations: 'Recomendaciones según tu ubicación general',
	onlineStatusShown: 'Tu estado en línea, visible para los demás',
	privateMessagesFrom: 'Quién puede enviarte mensajes privados',
	followersAllowed: 'Otras personas pueden seguirte',
	profileContentPublic: 'Todas tus publicaciones y comentarios, visibles en tu perfil',
	activeCommunitiesShown: 'Las comunidades en las que participas, visibles en tu perfil',
	profileDiscoverable: 'Tu perfil, listado para que otros lo descubran (lista de usuarios, r/all)',
	accountPrivate: 'Cuenta privada (solo los seguidores que apruebas ven tus publicaciones)',
	accountSuggestions: 'Tu cuenta se sugiere en otros perfiles',
	mentionsFrom: 'Quién puede mencionarte',
	birthdayOnAccount: 'Una fecha de nacimiento en tu cuenta',
	// TikTok: "Dúo" and "Pegar" are TikTok's Spanish names for Duet and Stitch (support.tiktok.com/es, H).
	followingListAudience: 'Quién puede ver las cuentas que sigues',
	likedVideosPublic: 'Otras personas pueden ver los videos que te gustaron (favoritos)',
	commentsAudience: 'Quién puede comentar tus publicaciones',
	duetAudience: 'Quién puede hacer Dúos con tus publicaciones',
	stitchAudience: 'Quién puede usar Pegar con tus publicaciones',
	downloadsAllowed: 'Otras personas pueden descargar tus videos',
	accountUnder18: 'El sitio trata la cuenta como de menor de 18 años',
	gender: 'Género',
	workAddress: 'Dirección del trabajo',
	locationHistory: 'Cronología (Historial de ubicaciones) guarda adónde vas',
	webAppActivity: 'Actividad en la Web y en Aplicaciones guarda tus búsquedas y tu actividad',
	liveLocationShares: 'Personas que ven dónde estás ahora',
	sharedEndorsements: 'Tu nombre, foto y actividad en anuncios (recomendaciones compartidas)',
	profilePageAudience: 'Quién puede ver tu página de perfil',
	activitiesAudience: 'Quién puede ver tus nuevas actividades',
	groupActivitiesAudience: 'Quién puede verte en actividades de grupo',
	hideStartEndAtAddresses: 'Inicio y final ocultos en las direcciones elegidas',
	hideStartEndEverywhere: 'Inicio y final ocultos en todas las actividades',
	hideActivityMaps: 'Mapas de actividades ocultos',
	aggregatedDataContribution: 'Tus actividades en mapas de calor y otros datos agregados',
	flybyAudience: 'Quién puede verte en los Flybys',
	localLegendsAudience: 'Quién puede verte como Leyenda Local',
	mentionsAudience: 'Quién puede mencionarte',
	profileLocationSet: 'Una ubicación en tu perfil',
	savedPlaylistsPublic: 'Tus playlists guardadas se muestran en tu canal',
	channelCountry: 'Un país en la sección Acerca de tu canal',
	channelLinkCount: 'Enlaces en la sección Acerca de tu canal',
	// App-only settings (guided questions). Quoted app words follow the apps' Spanish UI where known
	// (src/i18n/es/questions.ts says how sure); otherwise faithful translations.
	'tiktokApp.directMessages': 'Quién puede enviarte mensajes directos en TikTok',
	'tiktokApp.suggestAccount': 'TikTok sugiere tu cuenta a otras personas',
	'tiktokApp.locationServices': 'Servicios de ubicación de TikTok',
	'snapchatApp.contactMe': 'Quién puede contactarte en Snapchat',
	'snapchatApp.viewMyStory': 'Quién puede ver tu historia de Snapchat',
	'snapchatApp.quickAdd': 'Apareces en Agregado rápido de Snapchat',
	'snapchatApp.ghostMode': 'Modo Fantasma del Snap Map (ubicación oculta)',
	'instagramApp.mapSharing': 'Quién ve tu ubicación en el mapa de Instagram',
	'instagramApp.messageRequests': 'Solicitudes de mensajes de otras personas en Instagram',
	'instagramApp.activityStatus': 'Instagram muestra tu estado de actividad',
	'venmoApp.defaultPrivacy': 'Quién ve tus nuevos pagos de Venmo',
	'venmoApp.friendsList': 'Quién ve tu lista de amigos de Venmo',
};

export const audiences: Catalog['audiences'] = {
	name: {
		public: 'Público',
		'friends-of-friends': 'Amigos de amigos',
		friends: 'Amigos',
		custom: 'una lista personalizada',
		'only-me': 'Solo tú',
	},
	// An audience after "visible para" / "llegan a": "cualquier persona (Público)", "tus amigos".
	in: {
		public: 'cualquier persona (Público)',
		'friends-of-friends': 'los amigos de tus amigos',
		friends: 'tus amigos',
		custom: 'una lista personalizada',
		'only-me': 'solo tú',
	},
};

export const choices: Catalog['choices'] = {
	anyone: 'cualquiera',
	following: 'personas que sigues',
	off: 'desactivado',
	everyone: 'todos',
	verified: 'usuarios verificados',
	'no-one': 'nadie',
};

// The end of "No se pudo revisar: …".
export const reasons: Catalog['reasons'] = {
	'element-missing': 'la página no lo mostró, o su diseño cambió',
	'unrecognized-value': 'la página mostró un valor que Overshare no reconoce',
	'language-unsupported': 'la página está en un idioma que Overshare aún no sabe leer',
	'page-not-visited': 'abre la página que muestra este ajuste',
	'not-own-profile': 'este no es tu propio perfil',
	'account-unconfirmed': 'la página no mostró qué cuenta tiene la sesión iniciada',
	'logged-out': 'no has iniciado sesión',
	'page-not-ready': 'la página no terminó de cargar',
	'not-answered': 'solo la app muestra esto: responde la pregunta sobre ello más abajo',
	'not-sure': 'no estabas seguro de este ajuste de la app: revísalo en la app y vuelve a responder',
	'not-in-download': 'esta descarga no incluye el archivo que lo diría (quizá no se eligió al pedirla)',
	'file-damaged': 'el archivo de la descarga está dañado o incompleto',
	'format-unknown': 'el archivo de la descarga está en una versión que Overshare aún no conoce',
	'file-too-large': 'el archivo de la descarga es más grande de lo que Overshare lee, o está comprimido como una bomba zip',
};

export const messages: Catalog['messages'] = {
	'couldnt-check': 'No se pudo revisar: {reason}.',
	'couldnt-check-on': 'No se pudo revisar en {site}: {reason}.',
	'in-app': 'la app de {app}',
	'download-not-a-zip': 'Este archivo no es un zip que Overshare pueda abrir: puede estar dañado o incompleto. Vuelve a descargarlo de la plataforma.',
	'download-not-recognised': 'Esta no es una descarga de datos que Overshare conozca (Google Takeout o la exportación de Cronología del teléfono, X, Facebook, Instagram, TikTok, LinkedIn o Snapchat).',
	'download-too-many-files': 'Este archivo comprimido enumera más archivos que cualquier descarga de datos, así que Overshare no lo leyó.',
	'download-unreadable': 'Overshare no pudo terminar de leer este archivo: puede que se haya movido, cambiado o borrado mientras se leía. Vuelve a elegirlo.',
};

export const list: Catalog['list'] = {between: ', ', last: ' y '};

// What the user's own bio mentions, by kind (src/core/model/fields.ts bioFieldIds), merged into `fields` in index.ts.
export const bioFields: Pick<Catalog['fields'], BioFieldId> = {
	bioPhone: 'Un número de teléfono en tu biografía',
	bioEmail: 'Un correo electrónico en tu biografía',
	bioFullDate: 'Una fecha completa (con año) en tu biografía',
	bioAddress: 'Una dirección (calle y número) en tu biografía',
	bioAge: 'Tu edad o tu curso en tu biografía',
	bioSchool: 'El nombre de una escuela en tu biografía',
};
