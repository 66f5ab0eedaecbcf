export const id = 114;
export const ids = [114];
export const modules = {

/***/ 72114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   roleCheck: () => (/* binding */ roleCheck)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15805);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6748);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15170);
/* harmony import */ var _evaluate_subjects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22067);
/* harmony import */ var _facts_actor_from_api_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(477);
/* harmony import */ var _policy_compile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56156);





/**
 * Who holds a role under the rbac-guard policy, asked of the API the way
 * rbac-guard asks it (user and app bindings, team membership, repository
 * role). Waiver approvals use it (packages/core/src/waivers): one definition
 * of the organisation's roles. A role is held directly, or through a role
 * that extends it (which has all its grants).
 */
async function roleCheck(api, repository, workspace, policyPath, role, 
/** The policy as another commit has it (a pull request's base), read elsewhere; without it, the workspace's file. */
fromCommit) {
    const display = fromCommit?.display ?? policyPath;
    const loaded = fromCommit ? await (0,_gates_core__WEBPACK_IMPORTED_MODULE_3__.parseConfigDocument)(fromCommit.text, _gates_core__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_KINDS */ .j.rbac, display) : await (0,_gates_core__WEBPACK_IMPORTED_MODULE_3__/* .loadConfigFile */ .HT)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, policyPath), _gates_core__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_KINDS */ .j.rbac, policyPath);
    const policy = (0,_policy_compile_js__WEBPACK_IMPORTED_MODULE_2__.compilePolicy)(loaded.value, display, loaded.positions);
    if (!policy.policy.roles[role]) {
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_5__/* .GatesError */ .xx('GATES_E_CONFIG_INVALID', { file: display, count: 1 }, {
            details: [{ message: `the waiver policy's approving role "${role}" is not a role of ${display}`, location: { file: display } }],
            hint: `Known roles: ${Object.keys(policy.policy.roles).join(', ')}. Fix policy.approval.role in the waiver file, or add the role.`,
        });
    }
    const satisfying = new Set([role, ...[...policy.ancestry].filter(([, ancestors]) => ancestors.includes(role)).map(([name]) => name)]);
    const bindings = policy.subjects.filter((binding) => satisfying.has(binding.role));
    const teams = (0,_evaluate_subjects_js__WEBPACK_IMPORTED_MODULE_1__/* .teamsFor */ .qC)(policy, satisfying);
    const needsPermission = bindings.some((binding) => binding.permissions?.length);
    return async (login) => {
        const bot = (0,_facts_actor_from_api_js__WEBPACK_IMPORTED_MODULE_6__/* .isBotLogin */ .DU)(login);
        const actor = await (0,_facts_actor_from_api_js__WEBPACK_IMPORTED_MODULE_6__/* .actorFromApi */ .Gv)(api, { ...repository, login, permission: needsPermission && !bot, teams: bot ? [] : teams });
        const held = (0,_evaluate_subjects_js__WEBPACK_IMPORTED_MODULE_1__/* .rolesOf */ .R7)(policy, actor).find((entry) => satisfying.has(entry.role));
        return held ? `${held.via} holds ${held.role}` : undefined;
    };
}


/***/ })

};
