import { guardResourceConditionValue as validate95 } from "./resource-condition-value.js";
export { validate287 as guardResourceConditionNode };
const schema108 = {"type":"object","properties":{"variableName":{"type":"string"},"conjunction":{"$ref":"#/$defs/ConditionConjunction"},"operator":{"$ref":"#/$defs/ConditionOperator"},"operands":{"type":"array","items":{"$ref":"#/$defs/ResourceConditionValue"}},"terms":{"type":"array","items":{"$ref":"#/$defs/ResourceConditionNode"}}}};
const schema41 = {"type":"string","enum":["AND","OR"]};
const schema42 = {"type":"string","enum":["EQ","IN","GE","GT","LE","LT"]};

const wrapper4 = {validate: validate94};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.variableName !== undefined){
const _errs1 = errors;
if(typeof data.variableName !== "string"){
validate94.errors = [{instancePath:instancePath+"/variableName",schemaPath:"#/properties/variableName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conjunction !== undefined){
let data1 = data.conjunction;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate94.errors = [{instancePath:instancePath+"/conjunction",schemaPath:"#/$defs/ConditionConjunction/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data1 === "AND") || (data1 === "OR"))){
validate94.errors = [{instancePath:instancePath+"/conjunction",schemaPath:"#/$defs/ConditionConjunction/enum",keyword:"enum",params:{allowedValues: schema41.enum}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operator !== undefined){
let data2 = data.operator;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate94.errors = [{instancePath:instancePath+"/operator",schemaPath:"#/$defs/ConditionOperator/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data2 === "EQ") || (data2 === "IN")) || (data2 === "GE")) || (data2 === "GT")) || (data2 === "LE")) || (data2 === "LT"))){
validate94.errors = [{instancePath:instancePath+"/operator",schemaPath:"#/$defs/ConditionOperator/enum",keyword:"enum",params:{allowedValues: schema42.enum}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operands !== undefined){
let data3 = data.operands;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data3)){
var valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate95(data3[i0], {instancePath:instancePath+"/operands/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate95.errors;} else {for(const e of validate95.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
else {
validate94.errors = [{instancePath:instancePath+"/operands",schemaPath:"#/properties/operands/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.terms !== undefined){
let data5 = data.terms;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid4 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs14 = errors;
if(!(wrapper4.validate(data5[i1], {instancePath:instancePath+"/terms/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = wrapper4.validate.errors;} else {for(const e of wrapper4.validate.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
}
else {
validate94.errors = [{instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate94.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate94.errors = vErrors;
return errors === 0;
}

function validate287(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.variableName !== undefined){
const _errs1 = errors;
if(typeof data.variableName !== "string"){
validate287.errors = [{instancePath:instancePath+"/variableName",schemaPath:"#/properties/variableName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conjunction !== undefined){
let data1 = data.conjunction;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate287.errors = [{instancePath:instancePath+"/conjunction",schemaPath:"#/$defs/ConditionConjunction/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data1 === "AND") || (data1 === "OR"))){
validate287.errors = [{instancePath:instancePath+"/conjunction",schemaPath:"#/$defs/ConditionConjunction/enum",keyword:"enum",params:{allowedValues: schema41.enum}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operator !== undefined){
let data2 = data.operator;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate287.errors = [{instancePath:instancePath+"/operator",schemaPath:"#/$defs/ConditionOperator/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data2 === "EQ") || (data2 === "IN")) || (data2 === "GE")) || (data2 === "GT")) || (data2 === "LE")) || (data2 === "LT"))){
validate287.errors = [{instancePath:instancePath+"/operator",schemaPath:"#/$defs/ConditionOperator/enum",keyword:"enum",params:{allowedValues: schema42.enum}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operands !== undefined){
let data3 = data.operands;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data3)){
var valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate95(data3[i0], {instancePath:instancePath+"/operands/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate95.errors;} else {for(const e of validate95.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
else {
validate287.errors = [{instancePath:instancePath+"/operands",schemaPath:"#/properties/operands/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.terms !== undefined){
let data5 = data.terms;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid4 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs14 = errors;
if(!(validate94(data5[i1], {instancePath:instancePath+"/terms/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate94.errors;} else {for(const e of validate94.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
}
else {
validate287.errors = [{instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate287.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate287.errors = vErrors;
return errors === 0;
}
