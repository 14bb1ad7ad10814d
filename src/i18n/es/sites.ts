import type {Catalog} from '../catalog.js';

// Page titles by page kind, and the links clicked to reach pages no address opens, in the words of
// each site's Spanish UI where known (labels-es.ts); test/i18n-catalog.test.ts fails when one is missing.
export const sites: Catalog['sites'] = {
	facebook: {
		checkup: 'Revisión de privacidad de Facebook',
		pages: {
			'about-contact-and-basic-info': 'Información › Información básica y de contacto',
			'about-contact-info': 'Información › Información de contacto',
			'about-basic-info': 'Información › Información básica',
			'about-places': 'Información › Lugares de residencia',
			'settings-posts': 'Configuración › Publicaciones',
			'settings-find-and-contact': 'Configuración › Cómo pueden encontrarte y contactarte las personas',
			'settings-profile-and-tagging': 'Configuración › Perfil y etiquetado',
			'settings-apps': 'Configuración › Apps y sitios web',
			'accounts-center-contact-points': 'Centro de cuentas › Información de contacto',
		},
	},
	x: {
		checkup: 'Revisión de privacidad de X',
		pages: {
			'settings-audience': 'Configuración › Público, contenido multimedia y etiquetado',
			'settings-location': 'Configuración › Agregar información de ubicación a tus posts',
			'settings-contacts': 'Configuración › Visibilidad y contactos',
			'settings-direct-messages': 'Configuración › Mensajes directos',
			'settings-data-sharing': 'Configuración › Compartir datos con socios comerciales',
			'settings-ads': 'Configuración › Preferencias de anuncios',
			'settings-grok': 'Configuración › Grok y colaboradores externos',
			'edit-profile': 'Editar perfil',
			'settings-inferred-identity': 'Configuración › Identidad inferida',
			'settings-connected-apps': 'Configuración › Aplicaciones y sesiones › Aplicaciones conectadas',
			profile: 'Tu perfil',
		},
		// X's es menu item for your profile: best-known wording, unverified.
		clicks: {profile: 'Perfil'},
	},
	linkedin: {
		checkup: 'Revisión de privacidad de LinkedIn',
		pages: {
			'visibility-settings': 'Configuración › Visibilidad',
			'data-for-ai': 'Configuración › Datos para mejorar la IA generativa',
			'ads-beyond-linkedin': 'Configuración › Datos publicitarios › Anuncios fuera de LinkedIn',
			'ads-inferred-location': 'Configuración › Datos publicitarios › Ubicación inferida',
			'ads-by-age': 'Configuración › Datos publicitarios › Edad',
			'ads-by-gender': 'Configuración › Datos publicitarios › Género',
			'ads-interests': 'Configuración › Datos publicitarios › Categorías de intereses',
			'ads-business-interactions': 'Configuración › Datos publicitarios › Interacciones con empresas',
			'ads-related-actions': 'Configuración › Datos publicitarios › Acciones relacionadas con anuncios',
			'research': 'Configuración › Privacidad de datos › Investigación social, económica y laboral',
			'discover-by-email': 'Configuración › Visibilidad › Descubrimiento del perfil mediante dirección de email',
			'discover-by-phone': 'Configuración › Visibilidad › Descubrimiento del perfil mediante número de teléfono',
			'permitted-services': 'Configuración › Privacidad de datos › Servicios permitidos',
			'contact-info': 'Tu perfil › Información de contacto',
		},
		// LinkedIn's es UI wording is unverified (L), as in fix-steps.ts.
		clicks: {'contact-info': 'Información de contacto'},
	},
	instagram: {
		checkup: 'Revisión de privacidad de Instagram',
		pages: {
			'account-privacy': 'Configuración › Privacidad de la cuenta',
			'edit-profile': 'Editar perfil',
			'tags-and-mentions': 'Configuración › Etiquetas y menciones',
			'messages-and-story-replies': 'Configuración › Mensajes y respuestas a historias',
			'apps-and-websites': 'Configuración › Apps y sitios web',
			'accounts-center-personal-details': 'Centro de cuentas › Datos personales',
		},
	},
	// TikTok's Spanish UI says "Ajustes" (Ajustes y privacidad, support.tiktok.com/es, H for the app;
	// the web menu's Spanish wording is unverified, M).
	tiktok: {
		checkup: 'Revisión de privacidad de TikTok',
		pages: {
			profile: 'Tu perfil',
			'settings-privacy': 'Ajustes › Privacidad',
		},
	},
	reddit: {
		checkup: 'Configuración de Reddit › Privacidad',
		pages: {
			'settings-privacy': 'Configuración › Privacidad',
			'settings-profile': 'Configuración › Perfil',
		},
	},
	google: {
		checkup: 'Revisión de privacidad de Google',
		pages: {
			profile: 'Acerca de mí',
			'activity-location': 'Datos y privacidad › Cronología',
			'activity-web-app': 'Datos y privacidad › Actividad en la Web y en Aplicaciones',
			'location-sharing': 'Compartir ubicación',
			connections: 'Seguridad › Tus conexiones con aplicaciones y servicios de terceros',
			'shared-endorsements': 'Contactos y compartir › Recomendaciones compartidas',
		},
	},
	strava: {
		checkup: 'Controles de privacidad de Strava',
		pages: {
			'settings-privacy': 'Ajustes › Controles de privacidad',
			athlete: 'Tu perfil',
			'settings-apps': 'Ajustes › Mis aplicaciones',
		},
		clicks: {athlete: 'Mi perfil'},
	},
	youtube: {
		checkup: 'Configuración de privacidad de YouTube',
		pages: {
			'account-privacy': 'Configuración › Privacidad',
			'channel-about': 'Tu canal › Acerca de',
		},
		clicks: {'channel-about': 'Tu canal'},
	},
};
