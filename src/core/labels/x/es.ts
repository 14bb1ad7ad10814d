import type {XLabel} from './en.js';

/**
 * X's Spanish (es) wordings: the strings X's shipped web client files under the same message ids as the
 * English ones (`client-web/i18n/es.js`, H, 2025-07, as mirrored in github.com/DzikStar/X-SCRAPER; the
 * source of labels-de/fr/pt.ts too). Before that file was found this table held wordings from guides and
 * guesses; of those only one quoted by several guides is kept, as an older build's wording. A wording
 * that is wrong only makes a field "couldn't check".
 */
export const labelsEs = {
	// M: "Protege tus posts" in X's 2024 es settings (e-forma.kzgunea.eus course, 2024-11).
	protectPosts: ['Proteger los posts', 'Protege tus posts'],
	photoTagging: 'Etiquetado de fotos',
	taggingAnyone: 'Cualquiera puede etiquetarte',
	taggingFollowing: 'Solo las personas que sigues pueden etiquetarte',
	taggingOff: 'Desactivado',
	geotagPosts: 'Añadir información de ubicación a tus posts',
	findByEmail: 'Permitir que las personas que tienen tu dirección de correo electrónico puedan encontrarte en X',
	findByPhone: 'Permitir que las personas que tienen tu número de teléfono puedan encontrarte en X',
	messageRequests: 'Permitir solicitudes de mensajes de:',
	requestsNoOne: 'Nadie',
	requestsVerified: 'Usuarios verificados',
	requestsEveryone: 'Todos',
	businessPartners: 'Permitir el intercambio de información adicional con socios comerciales',
	personalizedAds: 'Anuncios personalizados',
	inferredIdentity: 'Personalizar según tu identidad inferida',
	// The empty list's help text.
	noConnectedApps: 'Las apps de terceros a las que otorgaste acceso a tu cuenta de X aparecerán aquí.',
	grokTraining: 'Permite que tus datos públicos, así como tus interacciones, entradas y resultados con Grok y xAI, se utilicen para entrenamiento y perfeccionamiento',
	// Edit profile › Fecha de nacimiento › "¿Quién ve esto?" options.
	visibilityPublic: 'Público',
	visibilityFollowers: 'Tus seguidores',
	visibilityFollowing: 'Personas a las que sigues',
	visibilityMutual: 'Se siguen mutuamente',
	visibilityOnlyYou: 'Solo tú',
} as const satisfies Record<XLabel, string | readonly string[]>;
