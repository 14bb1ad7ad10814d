import type {RuleTexts} from '../catalog.js';

// Strava's rules in Brazilian Portuguese. Overshare reads Strava only in English (its `readIn`), so the
// steps quote the English labels the page shows, with their meaning in brackets.
const privacyControls = ['Passe o cursor sobre sua foto de perfil (no canto superior direito) e escolha Settings (Configurações).', 'Abra a guia "Privacy Controls" (controles de privacidade).'];
const choose = (heading: string, option: string): string[] => [...privacyControls, `Em "${heading}", escolha "${option}".`];
const mapVisibility = (action: string): string[] => [...privacyControls, 'Procure "Map Visibility" (visibilidade do mapa).', action];

export const stravaRules: Readonly<Record<string, RuleTexts>> = {
	'strava-activities-visible': {
		title: 'Outras pessoas veem suas atividades do Strava e os mapas delas',
		why: 'Os mapas das atividades mostram onde e quando você corre ou pedala; em 2018, o mapa de calor do Strava revelou bases militares a partir deles. A configuração vale só para os próximos envios: as atividades antigas mantêm o público até você editá-las em massa.',
		ok: 'Só você vê suas novas atividades.',
		exposures: {
			everyone: 'As novas atividades ficam visíveis para todos, mesmo sem login',
			followers: 'As novas atividades ficam visíveis para seus seguidores',
			'followers-open': 'As novas atividades vão para seus seguidores, e qualquer pessoa pode seguir você sem aprovação',
			'maps-hidden': 'Outras pessoas veem as novas atividades; os mapas delas estão ocultos',
		},
		steps: {strava: [...choose('Activities', 'Followers'), 'Ou escolha "Only You" (só você) para mantê-las só para você.', 'Para as atividades antigas, use "Edit Past Activities" na mesma página.']},
	},
	'strava-start-end-shown': {
		title: 'Suas atividades mostram onde começam e terminam',
		why: 'Muitos treinos começam na porta de casa: um estudo de 2023 descobriu endereços residenciais a partir dos pontos de início do mapa de calor do Strava com 37,5% de acerto (NC State, "Heat Marks the Spot").',
		ok: 'O início e o fim das suas atividades estão ocultos, ou só você os vê.',
		exposures: {
			'not-hidden': 'O início e o fim das atividades não estão ocultos',
			'addresses-only': 'O início e o fim só ficam ocultos nos endereços que você escolheu',
			'maps-hidden': 'O início e o fim não estão ocultos, mas os mapas estão',
		},
		steps: {strava: mapVisibility('Marque "Hide the start and end points of activities no matter where they happen" e ajuste a distância em "Edit".')},
	},
	'strava-no-privacy-address': {
		title: 'Nenhum endereço de casa ou trabalho está oculto nos seus mapas do Strava',
		why: 'Um endereço adicionado oculta o início e o fim de qualquer atividade perto dele, seja qual for a distância configurada; um estudo de 2018 mostrou que, ao longo de muitas atividades, os pontos de início e fim ainda entregam o endereço: use as duas opções.',
		ok: 'Inícios e fins perto dos endereços escolhidos ficam ocultos.',
		exposures: {none: 'Nenhum endereço oculta inícios e fins'},
		steps: {strava: mapVisibility('Marque "Hide the start and end points of activities that happen at a specific address" e adicione sua casa e seu trabalho.')},
	},
	'strava-profile-public': {
		title: 'Seu perfil do Strava aparece em buscadores',
		why: 'Com "Everyone" (todos), seu perfil aparece nos resultados de busca e para qualquer pessoa sem login: nome, local, estatísticas e conquistas recentes (Ajuda do Strava).',
		ok: 'Só seus seguidores veem seu perfil completo.',
		exposures: {everyone: '"Profile Page" está em "Everyone" (todos)'},
		steps: {strava: choose('Profile Page', 'Followers')},
	},
	'strava-follow-without-approval': {
		title: 'Qualquer pessoa pode seguir você no Strava sem sua aprovação',
		why: 'Com o perfil aberto a todos, qualquer atleta pode seguir você sem pedir, e os seguidores veem tudo o que você compartilha com "Followers" (Ajuda do Strava).',
		ok: 'É preciso pedir sua aprovação para seguir você.',
		exposures: {anyone: 'Qualquer pessoa pode seguir você e ver o que você compartilha com seguidores'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Depois, confira no seu perfil quem já segue você.']},
	},
	'strava-heatmap': {
		title: 'Suas atividades alimentam os mapas de calor do Strava',
		why: 'Os dados agregados alimentam o mapa de calor global, que é público, e o Metro; atividades em "Followers" também entram, só as em "Only You" ficam de fora (suporte do Strava, 2023), e o mapa de calor já revelou casas e bases.',
		ok: 'Suas atividades não são usadas em mapas de calor nem em outros dados agregados.',
		exposures: {on: '"Contribute your activity data to de-identified, aggregate data sets" está marcado'},
		steps: {strava: [...privacyControls, 'Procure "Aggregated Data Usage" (uso de dados agregados).', 'Desmarque "Contribute your activity data to de-identified, aggregate data sets".']},
	},
	'strava-flyby': {
		title: 'Desconhecidos que cruzaram seu caminho podem rever sua atividade no Flyby',
		why: 'O Flyby mostra você a todos os atletas que passaram por perto, deixa que abram sua atividade, e qualquer pessoa com o link pode rever seu trajeto e seus horários (Ajuda do Strava).',
		ok: 'Você não aparece nos Flybys.',
		exposures: {on: '"Flyby" está em "Everyone" (todos)'},
		steps: {strava: choose('Flyby', 'No One')},
	},
	'strava-group-activities': {
		title: 'Todos veem as atividades em grupo de que você participou',
		why: 'As atividades de outras pessoas mostram quem estava junto: onde e quando você treinou, e com quem, mesmo que suas próprias atividades sejam mais restritas.',
		ok: 'Só seus seguidores, ou ninguém, veem você em atividades em grupo.',
		exposures: {everyone: '"Group Activities" está em "Everyone" (todos)'},
		steps: {strava: choose('Group Activities', 'Followers')},
	},
	'strava-local-legends': {
		title: 'Todos podem ver você como Lenda Local',
		why: 'A Lenda Local é quem mais fez um segmento nos últimos tempos: isso revela um trajeto que você repete, muitas vezes perto de casa; o Strava deixa em "No One" (ninguém) para menores de 18.',
		ok: 'Você não aparece para todos como Lenda Local.',
		exposures: {everyone: '"Local Legends" está em "Everyone" (todos)'},
		steps: {strava: choose('Local Legends', 'No One')},
	},
	'strava-mentions': {
		title: 'Qualquer pessoa pode mencionar você no Strava',
		why: 'Menções colocam você em atividades e comentários de desconhecidos e mostram a eles seu nome no app.',
		ok: 'Só seus seguidores, ou ninguém, podem mencionar você.',
		exposures: {everyone: '"Mentions" está em "Everyone" (todos)'},
		steps: {strava: choose('Mentions', 'Followers')},
	},
	'strava-location-on-profile': {
		title: 'Seu perfil do Strava mostra seu local para todos',
		why: 'Uma cidade num perfil aberto estreita onde você mora, e os trajetos das suas atividades fazem o resto.',
		ok: 'Nenhum perfil aberto mostra seu local.',
		exposures: {public: 'Há um local no seu perfil, e "Profile Page" está em "Everyone"'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Ou remova o local: Settings › My Profile, apague cidade, estado e país e salve.']},
	},
	'teen-defaults-strava': {
		title: 'Conversem: este perfil do Strava ou as atividades dele estão abertos a todos, embora o Strava deixe adolescentes em "Followers"',
		why: 'O Strava deixa o perfil e as atividades de menores de 18 em "Followers", oculta os primeiros e os últimos 400 m de cada atividade e os tira dos mapas de calor; "Everyone" significa que isso foi aberto, ou que a data de nascimento diz 18 anos ou mais.',
		ok: 'Perfil e atividades continuam só para seguidores, como o Strava os deixa para menores de 18.',
		exposures: {loosened: 'Abrir o perfil ou as atividades foi combinado entre vocês? Se a data de nascimento da conta disser 18 anos ou mais, o Strava a trata como conta de adulto'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Em "Activities", escolha "Followers" ou "Only You".', 'Se a idade estiver errada, corrija a data de nascimento em Settings › My Profile.']},
	},
};
