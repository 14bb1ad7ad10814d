import type {FacebookLabel} from './en.js';

/**
 * Facebook's Spanish wordings (es-LA first, es-ES variants where they differ). The reference has only
 * en-US labels (platform-pages.md §0.5), so each entry says its source and confidence: M = quoted
 * verbatim by two or more Spanish guides (e.g. noticias.caracoltv.com 2023, edu.gcfglobal.org/es),
 * L = one source or written for this project's Spanish samples in the style of Facebook's es UI.
 * Several wordings are listed where they are known to vary; a wrong one only makes a field unknown.
 */
export const labelsEs = {
	// L: owner-only buttons ("Editar perfil" M: used across Spanish guides).
	ownerControls: ['Editar perfil', 'Editar detalles'],
	// M: About rows "Fecha de nacimiento", "Año de nacimiento", "Ciudad actual", "Ciudad de origen".
	birthDate: ['Fecha de nacimiento', 'Cumpleaños'],
	birthYear: 'Año de nacimiento',
	currentCity: 'Ciudad actual',
	hometown: 'Ciudad de origen',
	// L: "Dirección"; "Celular" (es-LA) / "Móvil" (es-ES); "Correo electrónico".
	address: 'Dirección',
	phone: ['Celular', 'Teléfono celular', 'Móvil', 'Teléfono'],
	email: 'Correo electrónico',
	// L: owner-only empty rows; only ever turn a field into "not set".
	// Not "Agregar ciudad": that is the generic "Add city" of Places lived, shown beside a filled-in
	// current city (found by the layout-drift fuzz: with the city's caption gone it read "not set").
	noCurrentCity: ['Agregar ciudad actual', 'Añadir ciudad actual'],
	noHometown: ['Agregar ciudad de origen', 'Añadir ciudad de origen'],
	noAddress: ['Agregar tu dirección', 'Agregar una dirección', 'Añadir tu dirección'],
	noPhone: ['Agregar un celular', 'Agregar un número de celular', 'Añadir un número de móvil'],
	noEmail: ['Agregar un correo electrónico', 'Añadir un correo electrónico'],
	// L: the audience icon's label, "Compartido con Público" / "Editar privacidad. Compartido con Público.".
	sharedWith: ['Compartido con ', 'Editar privacidad. Compartido con '],
	// M: "¿Quién puede ver tus publicaciones futuras?" (gcfglobal: "tus futuras publicaciones", also listed).
	futurePosts: ['¿Quién puede ver tus publicaciones futuras?', '¿Quién puede ver tus futuras publicaciones?'],
	// M: blogs.larioja.com 2019, gcfglobal (paraphrased); L for the exact form.
	friendRequests: '¿Quién puede enviarte solicitudes de amistad?',
	friendsList: '¿Quién puede ver tu lista de amigos?',
	// M: quoted verbatim by noticias.caracoltv.com (2023).
	lookupByEmail: '¿Quién puede buscarte con la dirección de correo electrónico que proporcionaste?',
	lookupByPhone: '¿Quién puede buscarte con el número de teléfono que proporcionaste?',
	// M: "…enlacen a tu perfil?" (caracoltv 2023); L: "…dirijan a tu perfil?" (earlier sample wording).
	searchEngines: [
		'¿Quieres que los motores de búsqueda fuera de Facebook enlacen a tu perfil?',
		'¿Quieres que los motores de búsqueda fuera de Facebook dirijan a tu perfil?',
		'Permitir que los motores de búsqueda fuera de Facebook enlacen a tu perfil',
	],
	// L: tagged-posts audience question, two tenses.
	taggedPosts: ['¿Quién puede ver las publicaciones en las que te etiquetan en tu perfil?', '¿Quién puede ver en tu perfil las publicaciones en las que te etiquetaron?'],
	// L: "¿Quieres revisar las publicaciones en las que (tus amigos) te etiquetan…" (uadcgro 2014, older UI).
	reviewTaggedPosts: [
		'¿Quieres revisar las publicaciones en las que te etiquetan antes de que aparezcan en tu perfil?',
		'¿Quieres revisar las publicaciones en las que te etiquetan antes de que se muestren en tu perfil?',
	],
	// M: "¿Quieres revisar las etiquetas que otros agregan a tus publicaciones antes de que aparezcan en
	// Facebook?" (tn.com.ar); "las personas" L.
	reviewTags: [
		'¿Quieres revisar las etiquetas que las personas agregan a tus publicaciones antes de que aparezcan en Facebook?',
		'¿Quieres revisar las etiquetas que otros agregan a tus publicaciones antes de que aparezcan en Facebook?',
	],
	// L: apps tabs and empty state.
	activeAppsTab: 'Activas',
	noActiveApps: ['No tienes apps ni sitios web activos', 'No tienes ninguna app ni sitio web activo'],
	// L: Accounts Center contact point row types.
	contactEmail: 'Correo electrónico',
	contactPhone: ['Número de celular', 'Número de teléfono', 'Número de móvil', 'Celular'],
	// M: audience names (gcfglobal: "Público", "Amigos", "solo tú"; Facebook's selector says "Solo yo").
	audiencePublic: ['Público', 'Todos', 'Cualquier persona'],
	audienceFriendsOfFriends: ['Amigos de amigos', 'Amigos de tus amigos'],
	audienceFriends: 'Amigos',
	audienceCustom: ['Personalizado', 'Amigos concretos', 'Amigos específicos', 'Amigos, excepto...', 'Amigos, excepto…', 'Amigos excepto'],
	audienceOnlyMe: ['Solo yo', 'Sólo yo'],
} as const satisfies Record<FacebookLabel, string | readonly string[]>;
