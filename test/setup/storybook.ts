import { configure } from 'storybook/test';
import { PLAY_TIMEOUT } from '../../stories/support/play';

// Play functions wait for behaviour, never assert speed: testing-library's 1 s default for
// findBy/waitFor fails when many test files share a loaded machine.
configure({ asyncUtilTimeout: PLAY_TIMEOUT });
